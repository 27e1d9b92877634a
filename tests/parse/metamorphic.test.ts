// The same minutes, changed the way an export route or a person changes them (a title wrapped at the margin, a
// contents entry over three lines, pandoc's `1\.` escapes, an attachment list after the last item, one blank line
// fewer, a tab after a table's header): a careful reader sees the same items and decisions, and so must the parser.
// Each fixture in fixtures/formats/metamorphic/ is a changed copy of a fixture here, from a metamorphic hunt.
import { describe, expect, it } from 'vitest';
import { accountingErrors } from '../../src/parse/accounting.js';
import { meetingOf } from '../helpers/fixtures.js';
import type { Meeting } from '../../src/model/meeting.js';

const fold = (s: string | null) => (s ?? '').replace(/\s+/gu, ' ').trim();
const reading = (m: Meeting) => m.items.map((i) => [i.number, fold(i.title), fold(i.decision).slice(0, 40)]);

describe.each([
  ['seed000-title-wrapped-before-date', 'fixtures/seeds/000_ca038bd155db9ea1.txt'],
  ['seed002-pandoc-escaped-numbers', 'fixtures/seeds/002_a672c7572da1fe7b.txt'],
  ['seed004-contents-entry-three-lines', 'fixtures/seeds/004_40ca9bec72c52870.txt'],
  ['b7-702-contents-entry-five-lines', 'fixtures/corpus-constructed/702_acadre-skanderborg-byraad-2024-04-24.txt'],
  ['c109-tab-after-table-header', 'fixtures/corpus-constructed/109_menighedsraad-vorfrue-2024-04-09.txt'],
])('%s', (name, original) => {
  const changed = meetingOf(`fixtures/formats/metamorphic/${name}.txt`);
  const before = meetingOf(original);
  it('reads the same items, titles and decisions as the original', () => {
    expect(reading(changed)).toEqual(reading(before));
  });
  it('reads the same committee and date, and accounts for every line', () => {
    expect([changed.committee, changed.date]).toEqual([before.committee, before.date]);
    expect(accountingErrors(changed)).toEqual([]);
  });
});

describe('what may not change whether a document is minutes', () => {
  it.each([
    ['c212-attachment-list-after-items', 'fixtures/corpus-constructed/212_lokalraad-ocr-2023-10-03.txt'],
    ['c801-blank-line-dropped', 'fixtures/corpus-constructed/801_folketinget-sundhedsudvalget-referat-2024-03-06.txt'],
  ])('%s: an attachment list after the items, or one blank line fewer, leaves the items', (name, original) => {
    const changed = meetingOf(`fixtures/formats/metamorphic/${name}.txt`);
    expect(changed.items.map((i) => [i.number, fold(i.title)])).toEqual(meetingOf(original).items.map((i) => [i.number, fold(i.title)]));
  });
});
