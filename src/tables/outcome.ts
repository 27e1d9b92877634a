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
  const all: Array<{ at: number; end: number; outcome: Outcome; rank: number }> = [];
  OUTCOME_PATTERNS.forEach(([outcome, re], rank) => {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) all.push({ at: m.index, end: m.index + m[0].length, outcome, rank });
  });
  // Overlaps: the pattern listed first wins (negations before approvals). Rank by rank, a merge sweep against the
  // spans already claimed (kept sorted and disjoint) keeps this linear in the number of hits per rank.
  all.sort((a, b) => a.rank - b.rank || a.at - b.at);
  let claimed: Array<{ at: number; end: number; outcome: Outcome }> = [];
  for (let r = 0, i = 0; i < all.length; r++) {
    const group: typeof all = [];
    while (i < all.length && all[i]!.rank === r) group.push(all[i++]!);
    if (group.length === 0) continue;
    const merged: typeof claimed = [];
    let c = 0;
    let lastEnd = -1;
    for (const h of group) {
      while (c < claimed.length && claimed[c]!.end <= h.at) {
        merged.push(claimed[c]!);
        lastEnd = Math.max(lastEnd, claimed[c]!.end);
        c++;
      }
      if (h.at < lastEnd) continue;
      if (c < claimed.length && claimed[c]!.at < h.end) continue;
      merged.push(h);
      lastEnd = h.end;
    }
    while (c < claimed.length) merged.push(claimed[c++]!);
    claimed = merged;
  }
  const taken = claimed;
  const hits = taken.sort((a, b) => a.at - b.at);
  const outcomes: Outcome[] = [];
  for (const h of hits) if (!outcomes.includes(h.outcome)) outcomes.push(h.outcome);
  if (outcomes.length === 0) return { outcome: text.trim() === '' ? null : 'other', outcomes: text.trim() === '' ? [] : ['other'] };
  // The main outcome: a decisive one (rejected, approved, postponed, appointed, noted) beats `discussed`.
  const order: Outcome[] = ['rejected', 'postponed', 'appointed', 'approved', 'noted', 'discussed'];
  const main = order.find((o) => outcomes.includes(o)) ?? outcomes[0]!;
  return { outcome: main, outcomes };
}
