// Each diff fixture (a seed and an edited copy, made by fixtures/diff/make.mjs) must report exactly its edits and
// nothing else. Goldens beside the fixtures (expected.json/.txt/.md) are regenerated only with UPDATE=1.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { Diff } from '../../src/model/diff.js';
import { renderDiffMarkdown } from '../../src/report/diff-markdown.js';
import { renderDiffText } from '../../src/report/diff-text.js';
import { ROOT } from '../helpers/fixtures.js';
import { CASES, DIFF, diffCase } from './helpers.js';

const plain = new Chalk({ level: 0 });
const joined = (ws: { op: string; text: string }[], op: string) => ws.filter((w) => w.op === op).map((w) => w.text.trim()).join(' | ');

describe('decision-edited: a decision corrected after publication', () => {
  const d = diffCase('decision-edited');
  it('names only item 2 and only its decision, word by word', () => {
    expect(d.identical).toBe(false);
    expect(d.meeting).toEqual([]);
    expect(d.items).toHaveLength(1);
    const [it2] = d.items;
    expect(it2).toMatchObject({ change: 'modified', retitled: false, renumbered: false, moved: false, before: { number: '2' }, after: { number: '2' } });
    expect(it2!.sections.map((s) => [s.kind, s.change])).toEqual([['decision', 'modified']]);
    expect(joined(it2!.sections[0]!.words, 'removed')).toBe('2020');
    expect(joined(it2!.sections[0]!.words, 'added')).toBe('2021 med en rettelse til punkt 4');
  });
  it('the words rebuild both texts', () => {
    const s = d.items[0]!.sections[0]!;
    const text = (skip: string) => s.words.filter((w) => w.op !== skip).map((w) => w.text).join('');
    expect(text('added').replace(/\s+/gu, ' ')).toBe(s.before!.replace(/\s+/gu, ' '));
    expect(text('removed').replace(/\s+/gu, ' ')).toBe(s.after!.replace(/\s+/gu, ' '));
  });
});

describe('item-inserted: an item inserted at position 3 renumbers the rest', () => {
  const d = diffCase('item-inserted');
  it('reports one insertion and one renumbering run, not seven changes', () => {
    expect(d.meeting).toEqual([]);
    expect(d.summary).toMatchObject({ added: 1, removed: 0, modified: 0, renumbered: 7 });
    expect(d.items[0]).toMatchObject({ change: 'added', before: null, after: { number: '3', title: 'Orientering om Rammeaftale 2022' } });
    expect(d.items.slice(1).map((i) => [i.change, i.before!.number, i.after!.number, i.sections.length])).toEqual(
      [3, 4, 5, 6, 7, 8, 9].map((n) => ['renumbered', String(n), String(n + 1), 0]),
    );
    expect(d.summary.renumberRuns).toEqual([{ before: { first: '3', last: '9' }, after: { first: '4', last: '10' }, count: 7 }]);
  });
  it('says so in the text report', () => {
    const text = renderDiffText(d, plain);
    expect(text).toContain('+ item 3 added: Orientering om Rammeaftale 2022');
    expect(text).toContain('items 3–9 renumbered to 4–10');
    expect(text).not.toContain('modified');
  });
});

describe('item-removed: item 9 of 16 removed', () => {
  const d = diffCase('item-removed');
  it('reports one removal and items 10–16 renumbered to 9–15', () => {
    expect(d.meeting).toEqual([]);
    expect(d.summary).toMatchObject({ added: 0, removed: 1, modified: 0, renumbered: 7 });
    expect(d.items[0]).toMatchObject({ change: 'removed', after: null, before: { number: '9', title: 'Evaluering af anonym stofmisbrugsbehandling' } });
    expect(d.items[0]!.sections.every((s) => s.change === 'removed')).toBe(true);
    expect(d.summary.renumberRuns).toEqual([{ before: { first: '10', last: '16' }, after: { first: '9', last: '15' }, count: 7 }]);
  });
});

describe('retitled-location: a retitled item and a changed meeting place (Punkt format)', () => {
  const d = diffCase('retitled-location');
  it('reports the location and the retitled item only', () => {
    expect(d.meeting).toEqual([{ field: 'location', before: 'Teams', after: 'Aalborg Rådhus, mødelokale 2' }]);
    expect(d.items).toHaveLength(1);
    expect(d.items[0]).toMatchObject({
      change: 'modified',
      retitled: true,
      renumbered: false,
      matchedBy: 'similar',
      before: { number: '4', title: 'Emner for Nordjysk Socialaftale 2023-2024' },
      after: { number: '4', title: 'Temaer til Nordjysk Socialaftale 2023-2024' },
      sections: [],
    });
    expect(joined(d.items[0]!.titleWords, 'removed')).toBe('Emner for');
    expect(joined(d.items[0]!.titleWords, 'added')).toBe('Temaer til');
  });
});

describe('attendance-time: the end time and who was absent changed', () => {
  const d = diffCase('attendance-time');
  it('reports the end time and both participant lists, and no item', () => {
    expect(d.items).toEqual([]);
    expect(d.meeting.map((m) => m.field)).toEqual(['end', 'participants', 'absent']);
    expect(d.meeting[0]).toEqual({ field: 'end', before: '2022-01-28T12:20', after: '2022-01-28T12:30' });
    expect(d.meeting[1]).toMatchObject({ field: 'participants', added: ['Jan Nielsen'], removed: ['Lotte Keller'] });
    expect(d.meeting[2]).toMatchObject({ field: 'absent', added: ['Lotte Keller'], removed: ['Jan Nielsen'] });
  });
});

describe('item-moved: items 3 and 4 change places, numbers kept', () => {
  const d = diffCase('item-moved');
  it('reports the move of one item, and no content change', () => {
    expect(d.identical).toBe(false);
    expect(d.items.map((i) => [i.change, i.before?.number, i.after?.number, i.sections.length])).toEqual([['moved', '3', '3', 0]]);
    expect(d.summary).toMatchObject({ moved: 1, modified: 0, renumbered: 0, added: 0, removed: 0 });
  });
});

describe('agenda-minutes: the agenda against the minutes of the same meeting', () => {
  const d = diffCase('agenda-minutes');
  it('pairs every item and reports the decisions added, nothing else', () => {
    expect(d.meeting).toEqual([{ field: 'kind', before: 'agenda', after: 'minutes' }]);
    expect(d.summary).toMatchObject({ added: 0, removed: 0, renumbered: 0, modified: 8 });
    for (const it of d.items) {
      expect(it.matchedBy).toBe('title');
      expect(it.sections.map((s) => [s.kind, s.change])).toEqual([['decision', 'added']]);
    }
    expect(d.items.map((i) => i.after!.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
  });
});

describe.each(CASES)('%s golden reports', (name) => {
  const d = diffCase(name);
  it('is valid against the Diff schema', () => {
    expect(Diff.safeParse(d).success).toBe(true);
  });
  for (const [file, render] of [
    ['expected.json', () => JSON.stringify(d, null, 2) + '\n'],
    ['expected.txt', () => renderDiffText(d, plain)],
    ['expected.md', () => renderDiffMarkdown(d)],
  ] as const) {
    it(`matches ${file}`, () => {
      const golden = path.join(ROOT, DIFF, name, file);
      const actual = render();
      if (process.env.UPDATE || !existsSync(golden)) writeFileSync(golden, actual);
      expect(actual).toBe(readFileSync(golden, 'utf8'));
    });
  }
});
