// item-numbering: duplicate, missing or out-of-order item numbers. Numbering may start anywhere (committees number
// items across the year: 49–58).
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'item-numbering',
  severity: 'error',
  description: 'Item numbers are duplicated, skip a number, or go backwards (they need not start at 1).',
  example: '4. …, 6. … (no item 5)',
  fix: 'Renumber the items, or restore the missing one.',
  check({ meeting, report }) {
    const numbered = meeting.items.filter((it) => it.number !== null && /^\d+$/u.test(it.number));
    if (numbered.length < 2) return;
    const first = numbered[0]!;
    if (numbered.every((it) => it.number === first.number)) {
      report({ line: numbered[1]!.line, message: `every item is numbered ${first.number}: the export lost the numbering (an ordered list rendered as "${first.number}."); number the items` });
      return;
    }
    // A number skipped here but standing later is an item out of order (reported there), not a missing one.
    const present = new Set(numbered.map((it) => Number(it.number)));
    const seen = new Map<number, number>();
    let prev: number | null = null;
    numbered.forEach((it, k) => {
      let n = Number(it.number);
      const next = k + 1 < numbered.length ? Number(numbered[k + 1]!.number) : null;
      // One number mistyped or doubled between two that agree (2, 33, 4 or 2, 3, 3, 5): say what it should be, once,
      // and go on as if it were (not "3 and 10–32 missing", then "4 comes after 33", and so on).
      if (prev !== null && n !== prev + 1 && next === prev + 2) {
        report({ line: it.line, message: `item ${n} stands between items ${prev} and ${next}: it should be numbered ${prev + 1}; renumber it` });
        n = prev + 1;
        seen.set(n, it.line);
        prev = n;
        return;
      }
      const dup = seen.get(n);
      if (dup !== undefined) report({ line: it.line, message: `item number ${n} is used twice (first on line ${dup}); renumber the items`, related: [{ line: dup, message: 'the first item with this number' }] });
      else if (prev !== null && n < prev) report({ line: it.line, message: `item ${n} comes after item ${prev}; put the items in order or renumber them` });
      else if (prev !== null && n > prev + 1) {
        const missing = missingBetween(prev, n, present);
        if (missing !== '') report({ line: it.line, message: `item ${n} follows item ${prev}: item number ${missing} is missing; renumber or restore the missing item` });
      }
      if (dup === undefined) seen.set(n, it.line);
      prev = Math.max(prev ?? n, n);
    });
  },
});

/** The numbers strictly between `prev` and `n` that no item has, as `5`, `5–7` or `5, 7`; '' when every one is there. */
function missingBetween(prev: number, n: number, present: ReadonlySet<number>): string {
  // A gap of hundreds (a typo such as 4 → 400) is a run as a whole: no item fills it.
  if (n - prev > 200) return `${prev + 1}–${n - 1}`;
  const runs: Array<[number, number]> = [];
  for (let m = prev + 1; m < n; m++) {
    if (present.has(m)) continue;
    const last = runs[runs.length - 1];
    if (last && last[1] === m - 1) last[1] = m;
    else runs.push([m, m]);
  }
  return runs.map(([a, b]) => (a === b ? `${a}` : `${a}–${b}`)).join(', ');
}
