// Decision outcomes from Danish phrasing, in one readable table. Each match records where the outcome is stated, so
// `outcomes` lists them in the order the decision states them. Negations come first in the table and win where they
// overlap an approval (`ikke godkendt` is rejected, never approved).
import type { Outcome } from '../model/meeting.js';

/**
 * Letters and digits of Danish text (Latin-1 letters included). JS `\b` knows only ASCII letters, so `\bgodkendt`
 * would match inside `ægodkendt`; a Latin class is as exact for Danish and much cheaper to compile than `\p{L}` with
 * case folding, which matters for the CLI's start-up.
 */
const WORD = 'A-Za-z0-9À-ÖØ-öø-ÿ';

/** A Danish word or phrase with word boundaries that know æ, ø and å. */
function phrase(alternatives: string): RegExp {
  return new RegExp(`(?<![${WORD}])(?:${alternatives})(?![${WORD}])`, 'gi');
}

/** [outcome, pattern, a real sentence it is for]. Patterns are matched against the decision with white space folded. */
export const OUTCOME_PATTERNS: ReadonlyArray<readonly [Outcome, RegExp, string]> = [
  [
    'rejected',
    phrase('(?:blev |er |var )?ikke (?:blevet )?(?:godkendt|godkendes|godkende|tiltrådt|tiltrådte|vedtaget|vedtog|anbefalet|anbefales|anbefale|imødekommet|bevilget)'),
    'Mødeplanen blev ikke godkendt.',
  ],
  [
    'rejected',
    phrase(
      '(?:godkendte|tiltrådte|anbefaler|anbefales|godkendes|tiltrædes|vedtages|imødekommes) ikke|(?:kunne|kan) ikke (?:godkende|anbefale|tiltræde|godkendes|anbefales|tiltrædes|imødekommes)|(?:besluttede|besluttes|besluttet|blev enige om) ikke at|ikke (?:kan|kunne) (?:godkendes|anbefales|tiltrædes|imødekommes)|indstillingen (?:følges|blev fulgt|fulgtes) ikke|indstillingen blev ikke fulgt|forkastet|forkastes|afvist|afviste|afvises|afslås|afslået|afslog|(?<=^|[.!:] )afslag(?=\.|$)|(?:gives|gav|meddeles|meddelt|giver) afslag|nej til|nedstemt|stemt ned|(?:forslaget|indstillingen|ændringsforslaget) faldt|faldt med \\d+ stemmer',
    ),
    'Udvalget godkendte ikke ansøgningen.',
  ],
  ['noted', phrase(`(?:taget|tages|tog|tager) [${WORD} ,-]{0,80}?til efterretning|til efterretning|taget til orientering|tages til orientering`), 'Socialdirektørforum tog orienteringerne til efterretning.'],
  // Bare `udsat` only opening a sentence (`Udsat.`), never before `for`: `udsatte unge` (vulnerable youth), `udsat for`
  // (exposed to) are adjectives.
  ['postponed', phrase('(?:blev|bliver|er|var) udsat(?! for)|(?<=^|[.!:] )udsat(?! for)|udsættes|udskudt|udskydes|genoptages|genoptaget|tages op igen|sendes tilbage|sendt tilbage'), 'Punktet genoptages til videre drøftelse på Socialdirektørforums kommende møde i oktober.'],
  ['appointed', phrase('udpeget|udpegede|udpeges|udpeger|valgt til|valgt som|blev valgt|valgt:|genvalgt|konstituerede sig|konstitueret'), 'Socialdirektørforum udpegede Myndighedschef- Borger & Arbejdmarked, Esbjerg Kommune Bodil Nissen til ny kommunal repræsentant.'],
  [
    'approved',
    // Not `enige om` (a shared opinion) nor bare `anbefalet` (what a report recommends): neither is a decision.
    phrase(`godkendt|godkendte|godkendes|godkender|godkende|tiltrådt|tiltrådte|tiltrædes|vedtaget|vedtog|vedtages|anbefales|blev anbefalet|anbefaler|besluttede|besluttet|bevilget|bevilges|bevilgede|bakke op om|bakker op om|bakkede op om|indstillingen (?:blev )?fulgt|indstillingen følges|opbakning (?:fra [${WORD} -]{1,60} )?til`),
    'Årshjulet godkendes',
  ],
  ['discussed', phrase('drøftet|drøftede|drøftes|drøftelse|drøftelsen|debatteret|dialog om|dialogen'), 'Punktet blev drøftet.'],
];

/**
 * For each pattern, in table order: literal words (`gi`, like the patterns, so they match whatever the pattern's
 * literals match) of which every match of the pattern contains one, and how far after the match start that word can
 * begin at most. The first such word at or after a position tells where the pattern's next match can start at the
 * earliest, so a pattern runs only near its words, and not at all on a decision without them. Keep in step with
 * OUTCOME_PATTERNS; the property test in tests/tables/outcome.test.ts compares against running every pattern.
 */
const TRIGGERS: ReadonlyArray<readonly [RegExp, number]> = [
  [/ikke/gi, 'blev '.length],
  [/ikke|forkast|afvis|afsl|nej til|nedstemt|stemt ned|faldt/gi, 'indstillingen blev fulgt '.length],
  [/til efterretning|til orientering/gi, 'tager '.length + 80],
  [/uds|genoptage|tages op igen|sendes tilbage|sendt tilbage/gi, 'bliver '.length],
  [/udpeg|valgt|konstitu/gi, 'blev '.length],
  [/godkend|tiltr|vedt|anbefal|beslut|bevilg|bakke|opbakning|fulgt|følge/gi, 'indstillingen blev '.length],
  [/drøft|debatteret|dialog/gi, 0],
];

/** Which patterns each trigger word (lower-case) belongs to. No word is a prefix of another, so at any position of a
 * text at most one word matches, and one scan of all of them finds every pattern's trigger positions. */
const RANKS_OF = new Map<string, number[]>();
TRIGGERS.forEach(([re], rank) => {
  for (const word of re.source.split('|')) RANKS_OF.set(word, [...(RANKS_OF.get(word) ?? []), rank]);
});
const ALL_TRIGGERS = new RegExp([...RANKS_OF.keys()].join('|'), 'gi');
/** Should a later edit make one word a prefix of another, the shared scan could miss a position: scan per pattern. */
const PREFIX_FREE = [...RANKS_OF.keys()].every((a) => [...RANKS_OF.keys()].every((b) => a === b || !b.startsWith(a)));

/**
 * The positions of every pattern's trigger words, per pattern, from one scan (each match restarts one character on,
 * so overlapping words are all found). Null when a match is not one of the words as written (a case mapping the
 * table does not know): the caller then scans per pattern.
 */
function triggerHits(text: string): number[][] | null {
  if (!PREFIX_FREE) return null;
  const hits: number[][] = TRIGGERS.map(() => []);
  ALL_TRIGGERS.lastIndex = 0;
  for (let m = ALL_TRIGGERS.exec(text); m !== null; m = ALL_TRIGGERS.exec(text)) {
    const ranks = RANKS_OF.get(m[0].toLowerCase());
    if (ranks === undefined) {
      ALL_TRIGGERS.lastIndex = 0;
      return null;
    }
    for (const r of ranks) hits[r]!.push(m.index);
    ALL_TRIGGERS.lastIndex = m.index + 1;
  }
  ALL_TRIGGERS.lastIndex = 0;
  return hits;
}

/**
 * The end of a member's or a party's name right before a rejection phrase: `Tina Hald (SF) `, `(O) og (D) `,
 * `Susanne Møller (EL) kunne ` (before `ikke anbefale`).
 * Bounded: a party tag is at most five letters, and at most three more tags may precede it.
 */
const DISSENT_BEFORE = /\([A-ZÆØÅ]{1,5}\)(?:,? (?:og )?[^.()]{0,40}\([A-ZÆØÅ]{1,5}\)){0,3},? (?:(?:kunne|kan|vil|ville|ønskede|ønsker) )?$/;

/** A lower-case word broken with a hyphen at a line end and going on in lower case on the next line. */
const HYPHENATED = /([a-zæøå])-\n[ \t]*([a-zæøå])/g;

/** White space not already a single space; replacing only these folds white space like `/\s+/g` → ' ' does. */
const LOOSE_SPACE = /[^\S ]\s*| \s+/g;

/** Outcomes that settle an item, strongest first; `discussed` only when nothing else is stated. */
const PRECEDENCE: readonly Outcome[] = ['rejected', 'postponed', 'appointed', 'approved', 'noted', 'discussed'];

/** Every outcome the decision states, in the order stated, and the main one. Linear in the text. */
export function classifyOutcomes(decision: string | null): { outcome: Outcome | null; outcomes: Outcome[] } {
  if (decision === null) return { outcome: null, outcomes: [] };
  // `ikke god-` / `kendt`: a word hyphenated at a line end is one word (a dash between words has spaces around it).
  const text = (decision.includes('-\n') ? decision.replace(HYPHENATED, '$1$2') : decision).replace(LOOSE_SPACE, ' ').trim();
  if (text === '') return { outcome: null, outcomes: [] };
  // Matches by rank (table order), each rank's in text order: what running every pattern with `exec` finds. A pattern
  // matches only from `reach` before one of its trigger words on, so its search starts there; what it then finds is
  // its next match all the same.
  const all: Array<{ at: number; end: number; outcome: Outcome; rank: number }> = [];
  const dissents: Array<[number, number]> = [];
  let ranks = 0;
  const hits = triggerHits(text);
  for (let rank = 0; rank < OUTCOME_PATTERNS.length; rank++) {
    const [outcome, re] = OUTCOME_PATTERNS[rank]!;
    const [trigger, reach] = TRIGGERS[rank]!;
    const mine = hits?.[rank];
    if (mine !== undefined && mine.length === 0) continue;
    const before = all.length;
    let from = 0;
    let h = 0;
    for (;;) {
      // The next trigger word at or after `from`: from the one shared scan, or (when it could not tell) this pattern's own.
      let next: number;
      if (mine !== undefined) {
        while (h < mine.length && mine[h]! < from) h++;
        if (h === mine.length) break;
        next = mine[h]!;
      } else {
        trigger.lastIndex = from;
        const t = trigger.exec(text);
        if (t === null) break;
        next = t.index;
      }
      re.lastIndex = Math.max(from, next - reach);
      const m = re.exec(text);
      if (m === null) break;
      from = re.lastIndex;
      // `Tina Hald (SF) kan ikke tiltræde indstillingen.`: one member's dissent, not the committee's rejection.
      if (outcome === 'rejected') {
        const before = text.slice(Math.max(0, m.index - 80), m.index);
        if (DISSENT_BEFORE.test(before) && !/flertal/i.test(before)) {
          dissents.push([m.index, from]);
          continue;
        }
      }
      // Words inside a member's dissent (`kan ikke godkende`) state no outcome of their own.
      if (dissents.some(([a, b]) => m.index < b && a < from)) continue;
      all.push({ at: m.index, end: from, outcome, rank });
    }
    trigger.lastIndex = 0;
    re.lastIndex = 0;
    if (all.length > before) ranks++;
  }
  if (all.length === 0) return { outcome: 'other', outcomes: ['other'] };
  if (ranks === 1) return { outcome: all[0]!.outcome, outcomes: [all[0]!.outcome] };
  // Overlaps: the pattern listed first wins. Rank by rank, a merge sweep against the spans already claimed (sorted
  // and disjoint) keeps this linear in the number of matches.
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
      if (h.at < lastEnd || (c < claimed.length && claimed[c]!.at < h.end)) continue;
      merged.push(h);
      lastEnd = h.end;
    }
    while (c < claimed.length) merged.push(claimed[c++]!);
    claimed = merged;
  }
  // `claimed` is in text order: sorted and disjoint after every rank.
  const outcomes: Outcome[] = [];
  for (const h of claimed) if (!outcomes.includes(h.outcome)) outcomes.push(h.outcome);
  return { outcome: PRECEDENCE.find((o) => outcomes.includes(o)) ?? outcomes[0]!, outcomes };
}
