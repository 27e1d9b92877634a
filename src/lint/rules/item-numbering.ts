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
    const seen = new Map<number, number>();
    let prev: number | null = null;
    for (const it of numbered) {
      const n = Number(it.number);
      const dup = seen.get(n);
      if (dup !== undefined) report({ line: it.line, message: `item number ${n} is used twice (first on line ${dup}); renumber the items`, related: [{ line: dup, message: 'the first item with this number' }] });
      else if (prev !== null && n < prev) report({ line: it.line, message: `item ${n} comes after item ${prev}; put the items in order or renumber them` });
      else if (prev !== null && n > prev + 1) {
        const missing = n - 1 === prev + 1 ? `${prev + 1}` : `${prev + 1}–${n - 1}`;
        report({ line: it.line, message: `item ${n} follows item ${prev}: item number ${missing} is missing; renumber or restore the missing item` });
      }
      if (dup === undefined) seen.set(n, it.line);
      prev = Math.max(prev ?? n, n);
    }
  },
});
