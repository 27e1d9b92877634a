// date-mismatch: a decision cites a date with the same day and month as a date in its item's title but another year —
// usually a year copied from last year's minutes (`12. maj 2020` under the title `… 12. maj 2021`).
import { findDates } from '../../parse/dates.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'date-mismatch',
  severity: 'warning',
  description: "A decision cites a date with the same day and month as a date in the item's title, but another year.",
  example: 'Godkendelse af referat fra mødet den 12. maj 2021 → Beslutning: … godkendte referat fra mødet den 12. maj 2020 (seed 000, line 89)',
  fix: 'Correct the year in the decision (or in the title).',
  decisionRule: true,
  check({ meeting, lines, report }) {
    for (const it of meeting.items) {
      if (!it.title) continue;
      const titleDates = findDates(it.title).map((d) => d.date);
      if (titleDates.length === 0) continue;
      for (const s of it.sections) {
        if (s.kind !== 'decision') continue;
        for (let l = s.line; l <= s.endLine; l++) {
          const text = lines[l - 1] ?? '';
          for (const d of findDates(text)) {
            const clash = titleDates.find((t) => t.slice(5) === d.date.slice(5) && t.slice(0, 4) !== d.date.slice(0, 4));
            if (!clash) continue;
            const cited = text.slice(d.index, d.index + d.length);
            report({
              line: l,
              column: d.index + 1,
              endColumn: d.index + d.length + 1,
              message: `the decision cites ${cited} but the item title says ${clash.slice(0, 4)} for the same day; check the year`,
              suggestion: cited.replace(d.date.slice(0, 4), clash.slice(0, 4)),
            });
          }
        }
      }
    }
  },
});
