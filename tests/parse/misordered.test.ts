// Items that stand out of the contents' order, or carry a wrong number, are still items: their text must not go to
// the item above them (seed 000 with items 3 and 4 swapped; with item 7 numbered 6).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/index.js';
import type { Meeting } from '../../src/model/meeting.js';
import { ROOT } from '../helpers/fixtures.js';

const rel = 'fixtures/seeds/000_ca038bd155db9ea1.txt';
const lines = readFileSync(path.join(ROOT, rel), 'utf8').split('\n');
const parse = (text: string): Meeting => {
  const r = parseMinutes(text, { path: rel });
  if (!r.ok) throw new Error(r.failure.message);
  return r.meeting;
};
const original = parse(lines.join('\n'));
const byTitle = (m: Meeting, title: string) => m.items.find((it) => it.title === title)!;

describe('an item moved without renumbering', () => {
  // Items 3 (lines 91–137) and 4 (lines 138–193) swapped.
  const swapped = parse([...lines.slice(0, 90), ...lines.slice(137, 193), ...lines.slice(90, 137), ...lines.slice(193)].join('\n'));
  it('is found where it stands, with its own text', () => {
    expect(swapped.items.map((it) => it.number)).toEqual(['1', '2', '4', '3', '5', '6', '7', '8', '9']);
    for (const it of original.items) {
      const moved = byTitle(swapped, it.title!);
      expect(moved.number).toBe(it.number);
      expect(moved.decision).toBe(it.decision);
      expect(moved.sections.map((s) => s.text)).toEqual(it.sections.map((s) => s.text));
    }
  });
});

describe('an item whose number is mistyped (item 7 numbered 6)', () => {
  expect(lines[257]).toBe('7. Fællesmøde med børne- og unge direktørerne 10. september 2021');
  const retyped = parse([...lines.slice(0, 257), lines[257]!.replace(/^7\./u, '6.'), ...lines.slice(258)].join('\n'));
  it('keeps the number it has, and its own text; the item above keeps only its own', () => {
    expect(retyped.items.map((it) => it.number)).toEqual(['1', '2', '3', '4', '5', '6', '6', '8', '9']);
    const seventh = retyped.items[6]!;
    expect(seventh.title).toBe('Fællesmøde med børne- og unge direktørerne 10. september 2021');
    expect(seventh.decision).toBe(original.items[6]!.decision);
    expect(retyped.items[5]!.sections.map((s) => s.text)).toEqual(original.items[5]!.sections.map((s) => s.text));
  });
});

describe('without its table of contents (the PUNKTER block removed)', () => {
  const start = lines.indexOf('PUNKTER');
  const end = lines.findIndex((l, i) => i > start && l.startsWith('1. '));
  const body = lines.findIndex((l, i) => i > end && l.startsWith('1. '));
  const bare = parse([...lines.slice(0, start), ...lines.slice(body)].join('\n'));
  it('finds the nine items, not the numbered lists in their text (` 4. Vejledning …`, `20. Nyhedsbrev …`)', () => {
    expect(bare.items.map((it) => it.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(bare.items.map((it) => it.title)).toEqual(original.items.map((it) => it.title));
    expect(bare.items.map((it) => it.decision)).toEqual(original.items.map((it) => it.decision));
  });
});
