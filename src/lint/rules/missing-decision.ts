// missing-decision: an item in minutes without a Beslutning section. Routine closing items are exempt by default.
import { EXEMPT_DEFAULTS, type ExemptOptions, exemptOptions, exemptTest } from '../exempt.js';
import { defineRule } from '../rule.js';

export default defineRule<ExemptOptions>({
  id: 'missing-decision',
  severity: 'error',
  description: 'An item in the minutes has no Beslutning (decision) section.',
  example: '5. Budgetopfølgning … (Indstilling, but no Beslutning before the next item)',
  fix: 'Add the decision under a "Beslutning" heading, or add the title to the exempt list in referat.config.json.',
  decisionRule: true,
  options: exemptOptions,
  defaultOptions: EXEMPT_DEFAULTS,
  check({ meeting, options, report }) {
    const exempt = exemptTest(options);
    for (const it of meeting.items) {
      if (it.decision !== null || exempt(it)) continue;
      const label = it.number ? `Item ${it.number}` : 'An item';
      report({
        line: it.line,
        message: `${label}${it.title ? ` "${it.title}"` : ''} has no Beslutning section; add the decision under a "Beslutning" heading`,
      });
    }
  },
});
