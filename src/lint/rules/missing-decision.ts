// missing-decision: an item in minutes without a Beslutning section. Routine closing items are exempt by default.
import * as z from 'zod';
import { foldKey } from '../../parse/text.js';
import { defineRule } from '../rule.js';

const Options = z.strictObject({
  exempt: z.array(z.string()).describe('item titles that need no decision'),
  exemptClosed: z.boolean().describe('closed items (lukket punkt) often publish no decision'),
});

export default defineRule({
  id: 'missing-decision',
  severity: 'error',
  description: 'An item in the minutes has no Beslutning (decision) section.',
  example: '5. Budgetopfølgning … (Indstilling, but no Beslutning before the next item)',
  fix: 'Add the decision under a "Beslutning" heading, or add the title to the exempt list in referat.config.json.',
  decisionRule: true,
  options: Options,
  defaultOptions: { exempt: ['Eventuelt', 'Næste møde'], exemptClosed: true },
  check({ meeting, options, report }) {
    const exempt = new Set(options.exempt.map(foldKey));
    for (const it of meeting.items) {
      if (it.decision !== null) continue;
      if (it.title && exempt.has(foldKey(it.title))) continue;
      if (it.closed && options.exemptClosed) continue;
      const label = it.number ? `Item ${it.number}` : 'An item';
      report({
        line: it.line,
        message: `${label}${it.title ? ` "${it.title}"` : ''} has no Beslutning section; add the decision under a "Beslutning" heading`,
      });
    }
  },
});
