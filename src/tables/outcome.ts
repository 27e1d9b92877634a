// Decision outcomes from Danish phrasing. One readable table of patterns; each match records where in the text the
// outcome is stated, so `outcomes` lists them in the order the decision states them. Negations are checked first.
import type { Outcome } from '../model/meeting.js';

/** [outcome, pattern] — patterns are matched case-insensitively against the decision text with white space folded. */
export const OUTCOME_PATTERNS: ReadonlyArray<readonly [Outcome, RegExp]> = [
  ['rejected', /\bikke (?:blevet )?(?:godkendt|godkende|godkendes|tiltrådt|vedtaget|anbefalet|imødekommet)\b/giu],
  ['rejected', /\b(?:forkastet|afvist|afviste|afvises|forkastes|blev ikke vedtaget|kunne ikke godkende|kan ikke godkende|godkendte ikke|tiltrådte ikke|anbefaler ikke)\b/giu],
  ['noted', /\b(?:taget til efterretning|tages til efterretning|tog [\p{L}\s,-]{0,80}?til efterretning|til efterretning|tog orienteringen|taget til orientering|tages til orientering|orienteringen blev taget)\b/giu],
  ['postponed', /\b(?:udsat|udsættes|udsatte|genoptages|genoptaget|tages op (?:igen|på et senere)|behandles på (?:et senere|næste) møde|sendes tilbage)\b/giu],
  ['appointed', /\b(?:udpeget|udpegede|udpeges|valgt som|valgte|blev valgt|indstillede .{0,40}? som repræsentant)\b/giu],
  ['approved', /\b(?:godkendt|godkendte|godkendes|godkender|godkende|tiltrådt|tiltrådte|tiltrædes|vedtaget|vedtog|vedtages|anbefales|anbefalet|anbefaler|besluttede|besluttet|bevilget|bevilges|opbakning til)\b/giu],
  ['discussed', /\b(?:drøftet|drøftede|drøftes|drøftelse|debatteret|dialog om|dialogen gik)\b/giu],
];

/** Every outcome the decision states, in the order stated; `approved` inside a negation counts as `rejected` only. */
export function classifyOutcomes(decision: string | null): { outcome: Outcome | null; outcomes: Outcome[] } {
  if (decision === null) return { outcome: null, outcomes: [] };
  const text = decision.replace(/\s+/gu, ' ');
  const hits: Array<{ at: number; end: number; outcome: Outcome }> = [];
  for (const [outcome, re] of OUTCOME_PATTERNS) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      const at = m.index;
      const end = at + m[0].length;
      if (!hits.some((h) => at < h.end && h.at < end)) hits.push({ at, end, outcome });
    }
  }
  hits.sort((a, b) => a.at - b.at);
  const outcomes: Outcome[] = [];
  for (const h of hits) if (!outcomes.includes(h.outcome)) outcomes.push(h.outcome);
  if (outcomes.length === 0) return { outcome: text.trim() === '' ? null : 'other', outcomes: text.trim() === '' ? [] : ['other'] };
  // The main outcome: a decisive one (rejected, approved, postponed, appointed, noted) beats `discussed`.
  const order: Outcome[] = ['rejected', 'postponed', 'appointed', 'approved', 'noted', 'discussed'];
  const main = order.find((o) => outcomes.includes(o)) ?? outcomes[0]!;
  return { outcome: main, outcomes };
}
