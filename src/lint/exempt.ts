// Routine items that need no decision (`Eventuelt`, `Meddelelser`, …): shared by missing-decision and empty-decision.
import type { AgendaItem } from '../model/meeting.js';
import { TITLE_MARKER } from '../parse/numbers.js';
import { words } from '../parse/text.js';
import { flag, noOtherKeys, stringList } from './rule.js';

export interface ExemptOptions {
  /** Item titles that need no decision; a title that starts with one of them word for word is exempt too. */
  exempt: string[];
  /** Closed items (lukket punkt) often publish no decision. */
  exemptClosed: boolean;
}

export const EXEMPT_DEFAULTS: ExemptOptions = { exempt: ['Eventuelt', 'Evt.', 'Næste møde', 'Næste mødedato', 'Meddelelser'], exemptClosed: true };

export function exemptOptions(raw: Record<string, unknown>): ExemptOptions {
  noOtherKeys(raw, ['exempt', 'exemptClosed']);
  return { exempt: stringList(raw, 'exempt'), exemptClosed: flag(raw, 'exemptClosed') };
}

/**
 * A test for items that need no decision: closed items (when so configured) and items whose title's first words are
 * an exempt title's words (`Eventuelt og næste møde`, `Eventuelt/næste møde`, `Meddelelser fra formanden`).
 */
export function exemptTest(options: ExemptOptions): (item: AgendaItem) => boolean {
  const lists = options.exempt.map(words).filter((w) => w.length > 0);
  return (item) => {
    if (item.closed && options.exemptClosed) return true;
    if (!item.title) return false;
    // `V. Eventuelt`: the marker of an unnumbered item is no word of its title.
    const w = words(item.number === null ? item.title.replace(TITLE_MARKER, '') : item.title);
    return lists.some((e) => e.length <= w.length && e.every((x, k) => w[k] === x));
  };
}
