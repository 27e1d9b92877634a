// empty-decision: a Beslutning heading with nothing under it.
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'empty-decision',
  severity: 'error',
  description: 'A Beslutning heading has no text under it.',
  example: 'Beslutning\n\n6. Næste punkt',
  fix: 'Write the decision under the heading, or remove the empty heading.',
  decisionRule: true,
  check({ meeting, report }) {
    for (const it of meeting.items) {
      for (const s of it.sections) {
        if (s.kind === 'decision' && s.text.trim() === '') {
          report({
            line: s.line,
            endColumn: (s.heading ?? '').length + 1,
            message: `the "${s.heading}" heading of item ${it.number ?? ''} has no text under it; write the decision`.replace('item  ', 'the item '),
          });
        }
      }
    }
  },
});
