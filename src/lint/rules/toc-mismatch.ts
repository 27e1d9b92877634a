// toc-mismatch: the table of contents and the body disagree — an item listed but absent, present but unlisted, or a
// title that differs beyond white space, dashes and case. Titles cut short by the export (one a prefix of the other)
// and a page number left on the contents line are not differences.
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
    // Entries and items with the same number pair up in order (a duplicated number is item-numbering's finding).
    const byNumber = new Map<string, Array<(typeof meeting.items)[number]>>();
    for (const it of meeting.items) if (it.number !== null) byNumber.set(it.number, [...(byNumber.get(it.number) ?? []), it]);
    const listed = new Set<string>();
    const paired = new Set<(typeof meeting.items)[number]>();
    // Entries with no item in the body, and the position (in the contents) of the last entry that has one.
    const absent: Array<{ k: number; e: (typeof meeting.toc)[number] }> = [];
    let lastFound = -1;
    for (const [k, e] of meeting.toc.entries()) {
      if (e.number === null) continue;
      listed.add(e.number);
      const it = byNumber.get(e.number)?.shift();
      if (it) {
        paired.add(it);
        lastFound = k;
      }
      const a = foldKey(stripPage(e.title));
      if (!it) {
        // The item may be in the body under another number (`6.` twice where the contents say 6 and 7).
        const other = meeting.items.find((x) => !paired.has(x) && x.number !== e.number && x.title !== null && a !== '' && foldKey(x.title) !== '' && sameTitle(a, foldKey(x.title)));
        if (other) {
          paired.add(other);
          lastFound = k;
          report({
            line: other.line,
            message: `item ${e.number} "${e.title}" is numbered ${other.number} in the body; renumber it as in the table of contents (line ${e.line})`,
            related: [{ line: e.line, message: 'the entry in the table of contents' }],
          });
        } else absent.push({ k, e });
        continue;
      }
      const b = foldKey(it.title ?? '');
      if (sameTitle(a, b)) continue;
      report({
        line: it.line,
        message: `item ${e.number} is titled "${it.title}" in the body but "${e.title}" in the table of contents (line ${e.line}); make them agree`,
        related: [{ line: e.line, message: 'the title in the table of contents' }],
      });
    }
    // Entries missing after the last item the body has: the file was cut short, said once rather than per entry.
    const tail = absent.filter((a) => a.k > lastFound);
    const cut = tail.length >= 2 && meeting.items.length > 0 ? tail : [];
    for (const { e } of absent) {
      if (cut.length > 0 && cut.some((c) => c.e === e)) continue;
      report({ line: e.line, message: `item ${e.number} "${e.title}" is listed in the table of contents but not in the body (the file may be cut short); restore the item or remove it from the contents` });
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
    for (const it of meeting.items) {
      if (it.number === null || paired.has(it) || listed.has(it.number)) continue;
      report({ line: it.line, message: `item ${it.number} "${it.title ?? ''}" is in the body but not in the table of contents; add it to the contents` });
    }
  },
});

/** Title keys that agree: equal, or one cut short by the export (a prefix of the other). */
function sameTitle(a: string, b: string): boolean {
  return a === b || a.startsWith(b) || b.startsWith(a);
}
