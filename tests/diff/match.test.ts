// Item matching on real meetings: reordered items, and two different meetings of one committee (which items recur).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/index.js';
import { diffMeetings, matchItems } from '../../src/diff/index.js';
import type { Meeting } from '../../src/model/meeting.js';
import { Chalk } from 'chalk';
import { renderDiffText } from '../../src/report/diff-text.js';
import { CORPUS, ROOT, SEEDS, listTxt, meetingOf, parseFixture, seed } from '../helpers/fixtures.js';

describe('two items swapped and renumbered (seed 000, items 3 and 4)', () => {
  const before = meetingOf(seed('000'));
  const after: Meeting = structuredClone(before);
  const [three, four] = [after.items[2]!, after.items[3]!];
  after.items[2] = { ...four, number: '3' };
  after.items[3] = { ...three, number: '4' };
  const d = diffMeetings(before, after);
  it('pairs each with itself and marks one as moved', () => {
    expect(d.items.map((i) => [i.change, i.before!.number, i.after!.number, i.sections.length])).toEqual([
      ['renumbered', '4', '3', 0],
      ['renumbered', '3', '4', 0],
    ]);
    expect(d.items.filter((i) => i.moved)).toHaveLength(1);
    expect(d.summary.added + d.summary.removed + d.summary.modified).toBe(0);
  });
});

describe('two items merged into the first, retitled `… samt orienteringer` (seed 000, items 7 and 8)', () => {
  // Item 8's text goes under item 7, whose title is extended; item 9 becomes 8 (contents and body).
  const text = readFileSync(path.join(ROOT, seed('000')), 'utf8');
  const title7 = 'Fællesmøde med børne- og unge direktørerne 10. september 2021';
  const i7 = text.indexOf(`\n7. ${title7}\n\nFællesmøde`);
  const i8 = text.indexOf('\n8. Orienteringer\n\nOrienteringer');
  const i9 = text.indexOf('\n9. Eventuelt\n\nEventuelt');
  const body8 = text.slice(i8, i9).split('\n').slice(6).join('\n');
  const merged = (text.slice(0, i7) + text.slice(i7, i8).replaceAll(title7, `${title7} samt orienteringer`) + '\n' + body8 + text.slice(i9).replace('\n9. Eventuelt', '\n8. Eventuelt'))
    .replace(`7. ${title7}\n\n8. Orienteringer\n\n9. Eventuelt`, `7. ${title7} samt orienteringer\n\n8. Eventuelt`);
  const before = meetingOf(seed('000'));
  const r = parseMinutes(merged, { path: 'merged.txt' });
  if (!r.ok) throw new Error(r.failure.message);
  const m = matchItems(before.items, r.meeting.items);
  it('pairs the merged item with the item whose title it extends, and item 8 is removed', () => {
    expect(r.meeting.items.map((i) => i.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    expect(m.pairs.find((p) => p.after === 6)?.before).toBe(6);
    expect(m.removed).toEqual([7]);
  });
});

describe('two meetings of one committee (seed 000 of 2021 against seed 004 of 2016)', () => {
  const a = meetingOf(seed('000'));
  const b = meetingOf(seed('004'));
  const m = matchItems(a.items, b.items);
  it('pairs the recurring items and nothing else', () => {
    const pairs = m.pairs.map((p) => [a.items[p.before]!.title, b.items[p.after]!.title, p.matchedBy]);
    expect(pairs).toEqual([
      ['Godkendelse af referat fra møde i Socialdirektørforum den 12. maj 2021', 'Godkendelse af referat fra mødet i Socialdirektørforum den 11. maj 2016', 'similar'],
      ['Orienteringer', 'Orienteringer', 'title'],
      ['Eventuelt', 'Eventuelt', 'title'],
    ]);
    expect(m.removed).toHaveLength(6);
    expect(m.added).toHaveLength(13);
  });
  it('reports the meeting facts that differ', () => {
    const d = diffMeetings(a, b);
    expect(d.meeting.map((c) => c.field)).toEqual(['title', 'date', 'start', 'end', 'location', 'published']);
  });
});

describe('every parseable fixture against itself and the others', () => {
  const files = [...listTxt(SEEDS), ...listTxt(CORPUS)].filter((f) => parseFixture(f).ok);
  const meetings = files.map((f) => meetingOf(f));
  it('covers the seeds and the corpus', () => expect(files.length).toBeGreaterThanOrEqual(12));
  it('is identical to itself', () => {
    for (const m of meetings) expect(diffMeetings(m, structuredClone(m)).identical).toBe(true);
  });
  it('is symmetric: what A→B adds, B→A removes', () => {
    for (const a of meetings.slice(0, 6)) {
      for (const b of meetings.slice(0, 6)) {
        const ab = diffMeetings(a, b);
        const ba = diffMeetings(b, a);
        expect([ab.summary.added, ab.summary.removed, ab.summary.modified + ab.summary.renumbered]).toEqual([ba.summary.removed, ba.summary.added, ba.summary.modified + ba.summary.renumbered]);
        expect(ab.identical).toBe(a === b);
      }
    }
  });
});

describe('an item moved from place 2 to place 8 (seed 000)', () => {
  const before = meetingOf(seed('000'));
  const after: Meeting = structuredClone(before);
  const [moved] = after.items.splice(1, 1);
  after.items.splice(7, 0, moved!);
  after.items.forEach((it, k) => (it.number = String(k + 1)));
  const d = diffMeetings(before, after);
  it('reports the moved item once and the items between as one renumbering run', () => {
    expect(d.items.filter((i) => i.moved).map((i) => [i.before!.number, i.after!.number])).toEqual([['2', '8']]);
    expect(d.summary).toMatchObject({ added: 0, removed: 0, modified: 0, renumbered: 7 });
    expect(d.summary.renumberRuns[0]).toEqual({ before: { first: '3', last: '8' }, after: { first: '2', last: '7' }, count: 6 });
    const text = renderDiffText(d, new Chalk({ level: 0 }));
    expect(text).toContain('# items 3–8 renumbered to 2–7');
    expect(text).toContain('↕ item 2 → 8: Godkendelse af referat fra møde i Socialdirektørforum den 12. maj 2021 (moved)');
  });
});

describe('untitled items', () => {
  it('are paired by content, not with each other by their empty titles', () => {
    const m = meetingOf(seed('000'));
    const untitled = (k: number) => ({ ...m.items[k]!, title: null });
    const r = matchItems([untitled(2), untitled(3)], [untitled(3), untitled(2)]);
    expect(r.pairs.map((p) => [p.before, p.after, p.matchedBy])).toEqual([[0, 1, 'identical'], [1, 0, 'identical']]);
    const edited = { ...untitled(3), sections: untitled(3).sections.map((s) => ({ ...s, text: s.text + ' Tilføjet.' })) };
    const r2 = matchItems([untitled(2), untitled(3)], [edited, untitled(2)]);
    expect(r2.pairs.map((p) => [p.before, p.after, p.matchedBy])).toEqual([[0, 1, 'identical'], [1, 0, 'similar']]);
  });
});

describe('an item that became closed (Lukket punkt)', () => {
  it('is modified, with closed before/after, and says so', () => {
    const before = meetingOf(seed('000'));
    const after: Meeting = structuredClone(before);
    after.items[3]!.closed = true;
    const d = diffMeetings(before, after);
    expect(d.items).toHaveLength(1);
    expect(d.items[0]).toMatchObject({ change: 'modified', closed: { before: false, after: true }, sections: [], retitled: false });
    expect(renderDiffText(d, new Chalk({ level: 0 }))).toContain('~ item 4: Sag fra Sønderborg Kommune om botilbud til borgere med dobbeltdiagnoser (now closed)');
  });
});
