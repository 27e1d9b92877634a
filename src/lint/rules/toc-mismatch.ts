// toc-mismatch: the table of contents and the body disagree — an item listed but absent, present but unlisted, or a
// title that differs beyond white space, dashes and case. Titles cut short by the export (one a prefix of the other)
// and a page number left on the contents line are not differences.
import { canonicalNumber } from '../../parse/numbers.js';
import { foldKey } from '../../parse/text.js';
import { defineRule } from '../rule.js';

const stripPage = (t: string) => t.replace(/\s+\d{1,4}$/u, '');

export default defineRule({
  id: 'toc-mismatch',
  severity: 'error',
  description: 'The table of contents and the body disagree: an item listed but absent, present but unlisted, or retitled.',
  example: 'PUNKTER lists "3. Forslag om at øge kapaciteten" but the body heading reads "3. Forslag om kapacitet"',
  fix: 'Make the contents and the body agree: regenerate the contents, or restore the missing item.',
  check({ meeting, report }) {
    if (meeting.toc.length === 0) return;
    type Item = (typeof meeting.items)[number];
    // An entry listed twice (a doubled line) is reported once and not paired again.
    const seen = new Map<string, (typeof meeting.toc)[number]>();
    const entries = meeting.toc.filter((e) => {
      if (e.number === null) return false;
      const key = `${canonicalNumber(e.number)}|${foldKey(stripPage(e.title))}`;
      const earlier = seen.get(key);
      if (!earlier) {
        seen.set(key, e);
        return true;
      }
      report({
        line: e.line,
        message: `item ${e.number} "${e.title}" is listed twice in the table of contents (lines ${earlier.line} and ${e.line}); remove one`,
        related: [{ line: earlier.line, message: 'the first time it is listed' }],
      });
      return false;
    });
    const keyOf = (t: string | null) => foldKey(stripPage(t ?? ''));
    const entryKeys = entries.map((e) => keyOf(e.title));
    const itemKeys = new Map(meeting.items.map((it) => [it, keyOf(it.title)]));
    const pair: Array<Item | null> = entries.map(() => null);
    const paired = new Set<Item>();
    const take = (k: number, test: (it: Item) => boolean) => {
      const it = meeting.items.find((x) => !paired.has(x) && test(x));
      if (!it) return;
      pair[k] = it;
      paired.add(it);
    };
    const titled = (k: number) => (it: Item) => entryKeys[k] !== '' && itemKeys.get(it) !== '' && sameTitle(entryKeys[k]!, itemKeys.get(it)!);
    // Pairs in order of strength: number and title, then the title under another number (two items numbered the other
    // way round, `6.` twice where the contents say 6 and 7), then the number with another title (a retitled item).
    // Numbers compare as `canonicalNumber` reads them: `01` in the body is entry `1`, `3A` is `3a`.
    const same = (it: Item, e: (typeof entries)[number]) => it.number !== null && canonicalNumber(it.number) === canonicalNumber(e.number!);
    entries.forEach((e, k) => take(k, (it) => same(it, e) && titled(k)(it)));
    entries.forEach((e, k) => {
      if (!pair[k]) take(k, (it) => it.number !== null && titled(k)(it));
    });
    entries.forEach((e, k) => {
      if (!pair[k]) take(k, (it) => same(it, e));
    });
    // Entries with no item in the body, and the position (in the contents) of the last entry that has one.
    const absent: Array<{ k: number; e: (typeof entries)[number] }> = [];
    let lastFound = -1;
    entries.forEach((e, k) => {
      const it = pair[k];
      if (!it) {
        absent.push({ k, e });
        return;
      }
      lastFound = k;
      if (!same(it, e)) {
        report({
          line: it.line,
          message: `item ${e.number} "${e.title}" is numbered ${it.number} in the body; renumber it as in the table of contents (line ${e.line}), or the contents as in the body`,
          related: [{ line: e.line, message: 'the entry in the table of contents' }],
        });
      } else if (!titled(k)(it)) {
        report({
          line: it.line,
          message: `item ${e.number} is titled "${it.title}" in the body but "${e.title}" in the table of contents (line ${e.line}); make them agree`,
          related: [{ line: e.line, message: 'the title in the table of contents' }],
        });
      }
    });
    // Entries missing after the last item the body has: the file was cut short, said once rather than per entry.
    const tail = absent.filter((a) => a.k > lastFound);
    const cut = tail.length >= 2 && meeting.items.length > 0 ? tail : [];
    for (const { e } of absent) {
      if (cut.length > 0 && cut.some((c) => c.e === e)) continue;
      const where = absent.some((a) => a.e === e && a.k > lastFound) ? ' (the file may be cut short)' : '';
      report({ line: e.line, message: `item ${e.number} "${e.title}" is listed in the table of contents but not in the body${where}; restore the item or remove it from the contents` });
    }
    if (cut.length > 0) {
      const first = cut[0]!.e;
      const lastEntry = cut[cut.length - 1]!.e;
      report({
        line: first.line,
        message: `items ${first.number}–${lastEntry.number} (${cut.length}) are listed in the table of contents, but the body ends before them at line ${meeting.source.lineCount}: the file is cut short; export it again in full, or remove them from the contents`,
        related: cut.map(({ e }) => ({ line: e.line, message: `item ${e.number} "${e.title}" in the table of contents` })),
      });
    }
    const listed = new Set(entries.map((e) => canonicalNumber(e.number!)));
    for (const it of meeting.items) {
      if (it.number === null || paired.has(it) || listed.has(canonicalNumber(it.number))) continue;
      report({ line: it.line, message: `item ${it.number} "${it.title ?? ''}" is in the body but not in the table of contents; add it to the contents` });
    }
  },
});

/** Title keys that agree: equal, or one cut short by the export (a prefix of the other). */
function sameTitle(a: string, b: string): boolean {
  return a === b || a.startsWith(b) || b.startsWith(a);
}
