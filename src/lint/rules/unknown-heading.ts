// unknown-heading: a line standing where a section heading stands that is not a known heading — a misspelling such as
// `Indstililng`. The parser already reads it as the heading it resembles; this rule says so and suggests the spelling.
import { matchHeading } from '../../parse/headings.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'unknown-heading',
  severity: 'warning',
  description: 'A section heading is not a known heading; a near miss gets a suggestion (Indstililng → Indstilling).',
  example: 'Indstililng (seed 004, line 715)',
  fix: 'Correct the spelling of the heading.',
  check({ meeting, lines, report }) {
    for (const it of meeting.items) {
      for (const s of it.sections) {
        if (s.heading === null) continue;
        const h = matchHeading(s.heading);
        if (!h || h.exact || !h.suggestion) continue;
        const raw = lines[s.line - 1] ?? '';
        const col = raw.indexOf(s.heading.split(' ')[0]!) + 1 || 1;
        report({ line: s.line, column: col, endColumn: col + s.heading.length, message: `"${s.heading}" is not a known heading; did you mean "${h.suggestion}"?`, suggestion: h.suggestion });
      }
    }
  },
});
