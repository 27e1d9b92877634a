// The nine real excerpts from other publishing systems (fixtures/corpus, copied from the shared corpus with its
// hand-checked expected.json): items, decisions, closed flags and meeting facts, scored as score-corpus does.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS, ROOT, meetingOf } from '../helpers/fixtures.js';

interface GoldItem {
  number: string | null;
  title: string | null;
  has_decision: boolean;
  decision_prefix: string | null;
  in_body: boolean;
  closed: boolean;
}
interface Gold {
  committee: string | null;
  meeting_date: string | null;
  start_time: string | null;
  end_time: string | null;
  location: string | null;
  absent: string[] | null;
  items: GoldItem[];
}
const expected: Array<{ file: string; kind: string; gold: Gold }> = JSON.parse(
  readFileSync(path.join(ROOT, CORPUS, 'expected.json'), 'utf8'),
);

const norm = (s: string | null | undefined) => (s ?? '').normalize('NFC').replace(/\u00a0/gu, ' ').replace(/\s+/gu, ' ').trim().toLowerCase();
const key = (n: string | null, t: string | null) => `${String(n).replace(/\.$/u, '')}|${norm(t)}`;

describe.each(expected)('$file', ({ file, gold }) => {
  const m = meetingOf(`${CORPUS}/${file}`);
  const bodyItems = gold.items.filter((i) => i.in_body);

  it('yields exactly the items whose bodies are in the file, in order', () => {
    const want = bodyItems.map((i) => key(i.number, i.title));
    expect(m.items.map((i) => key(i.number, i.title))).toEqual(want);
  });

  it('finds each decision and its opening words', () => {
    // Items are compared by position: the previous test pins the order (some systems print no numbers or titles).
    bodyItems.forEach((g, k) => {
      const it = m.items[k]!;
      const have = norm(it.decision);
      expect(Boolean(have), `item ${g.number} ${g.title}`).toBe(g.has_decision);
      if (g.has_decision) {
        const want = norm(g.decision_prefix);
        expect(have.startsWith(want) || want.startsWith(have.slice(0, 30)), `item ${g.number}: ${have.slice(0, 60)}`).toBe(true);
      }
    });
  });

  it('marks closed items, in the body or only in the table of contents', () => {
    for (const g of gold.items) {
      const it = m.items.find((i) => key(i.number, i.title) === key(g.number, g.title));
      const entry = m.toc.find((t) => t.number === g.number);
      const closed = it ? it.closed : entry?.closed;
      if (it || entry) expect(closed, `item ${g.number}`).toBe(g.closed);
    }
  });

  it('keeps table-of-contents-only items in toc and invents no bodies', () => {
    const tocOnly = gold.items.filter((i) => !i.in_body && i.title);
    for (const g of tocOnly) {
      expect(m.items.some((i) => key(i.number, i.title) === key(g.number, g.title))).toBe(false);
      if (m.toc.length > 0) expect(m.toc.map((t) => key(t.number, t.title))).toContain(key(g.number, g.title));
    }
  });

  it('has the meeting facts', () => {
    expect(m.committee).toBe(gold.committee);
    expect(m.date).toBe(gold.meeting_date);
    expect(m.start?.slice(11) ?? null).toBe(gold.start_time);
    expect(m.end?.slice(11) ?? null).toBe(gold.end_time);
    expect(m.location).toBe(gold.location);
    if (gold.absent) expect(m.participants.filter((p) => p.absent).map((p) => p.name)).toEqual(gold.absent);
  });
});
