// missing-decision: an item in minutes without a Beslutning section. Routine closing items are exempt by default.
import { foldKey } from '../../parse/text.js';
import { defineRule, flag, noOtherKeys, stringList } from '../rule.js';

interface Options {
  /** Item titles that need no decision. */
  exempt: string[];
  /** Closed items (lukket punkt) often publish no decision. */
  exemptClosed: boolean;
}

export default defineRule<Options>({
  id: 'missing-decision',
  severity: 'error',
  description: 'An item in the minutes has no Beslutning (decision) section.',
  example: '5. Budgetopfølgning … (Indstilling, but no Beslutning before the next item)',
  fix: 'Add the decision under a "Beslutning" heading, or add the title to the exempt list in referat.config.json.',
  decisionRule: true,
  options: (raw) => {
    noOtherKeys(raw, ['exempt', 'exemptClosed']);
    return { exempt: stringList(raw, 'exempt'), exemptClosed: flag(raw, 'exemptClosed') };
  },
  defaultOptions: { exempt: ['Eventuelt', 'Næste møde', 'Meddelelser'], exemptClosed: true },
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
