// The section-heading lexicon shared by every format, in one readable table, and the matcher that decides whether a
// line is a heading, which kind it is, and (for near misses such as `Indstililng`) what it should have been.
import type { SectionKind } from '../model/meeting.js';
import { editDistance, squash } from './text.js';

/** Exact headings (lower-case, without a trailing colon) → kind. */
const LEXICON: ReadonlyArray<readonly [string, SectionKind]> = [
  ['beslutning', 'decision'],
  ['beslutninger', 'decision'],
  ['afgørelse', 'decision'],
  ['besluttet', 'decision'],
  ['beslutning/referat', 'decision'],
  ['referat/beslutning', 'decision'],
  ['drøftelse/beslutning', 'decision'],
  ['beslutning/opfølgning', 'decision'],
  // An international board's minutes in two languages (`Beslutning / Decision:`) or in English.
  ['beslutning / decision', 'decision'],
  ['indstilling / recommendation', 'recommendation'],
  ['sagsfremstilling / case', 'case'],
  ['baggrund / background', 'background'],
  ['bilag / attachments', 'attachments'],
  ['beslutning/drøftelse', 'decision'],
  ['resume', 'summary'],
  ['resumé', 'summary'],
  ['sagsresume', 'summary'],
  ['sagsresumé', 'summary'],
  ['kort resume', 'summary'],
  ['kort resumé', 'summary'],
  ['sammenfatning', 'summary'],
  ['sagens kerne', 'summary'],
  ['baggrund', 'background'],
  ['baggrund for sagen', 'background'],
  ['sagens baggrund', 'background'],
  ['indledning', 'background'],
  ['sagsfremstilling', 'case'],
  ['supplerende sagsfremstilling', 'case'],
  ['sagen', 'case'],
  ['beskrivelse af sagen', 'case'],
  ['sagsbeskrivelse', 'case'],
  ['problemstilling', 'case'],
  ['løsning', 'case'],
  ['vurdering', 'case'],
  ['administrationens vurdering', 'case'],
  ['forvaltningens vurdering', 'case'],
  ['indstilling', 'recommendation'],
  ['indstillinger', 'recommendation'],
  ['indstilles', 'recommendation'],
  ['forslag', 'recommendation'],
  ['forslag til beslutning', 'recommendation'],
  ['alternativ indstilling', 'recommendation'],
  ['anbefaling', 'recommendation'],
  ['bilag', 'attachments'],
  ['bilagsliste', 'attachments'],
  ['bilagsfortegnelse', 'attachments'],
  ['vedhæftede bilag', 'attachments'],
  ['vedlagte bilag', 'attachments'],
  ['bilag til punktet', 'attachments'],
  ['bilag til sagen', 'attachments'],
  ['bilagsoversigt', 'attachments'],
  ['orientering', 'information'],
  ['sagsgang', 'history'],
  ['sagsgang og sagstype', 'history'],
  ['sagens gang', 'history'],
  ['sagsforløb', 'history'],
  ['tidligere beslutninger', 'history'],
  ['tidligere behandling', 'history'],
  ['sagshistorik', 'history'],
  ['sagshistorik, henvisninger', 'history'],
  ['tidligere politisk behandling', 'history'],
  ['politisk behandling', 'history'],
  ['sagens tidligere behandling', 'history'],
  ['behandling i andre udvalg', 'history'],
  ['økonomi', 'other'],
  ['økonomi og finansiering', 'other'],
  ['finansiering', 'other'],
  ['personale', 'other'],
  ['konsekvenser', 'other'],
  ['beskrivelse af alternativ indstilling', 'other'],
  ['risikovurdering', 'other'],
  ['høring', 'other'],
  ['lovgrundlag', 'other'],
  ['lovgrundlag – link', 'other'],
  ['lovgrundlag - link', 'other'],
  ['retsgrundlag', 'other'],
  ['kommunikation', 'other'],
  ['beslutningstema', 'other'],
  ['beslutningskompetence', 'other'],
  ['kompetence', 'other'],
  ['borgerinddragelse', 'other'],
  ['inddragelse', 'other'],
  ['videre proces', 'other'],
  ['tidsplan og proces', 'other'],
  ['miljøvurdering', 'other'],
  ['formål', 'other'],
  ['habilitet', 'other'],
  ['supplerende oplysninger', 'other'],
  ['sagsfremstilling og begrundelse', 'case'],
];

/** Headings that mark a decision only in free-form minutes without any `Beslutning` heading (a weak heading). */
const WEAK: ReadonlyArray<readonly [string, SectionKind]> = [
  ['referat', 'decision'],
  ['konklusion', 'decision'],
  // Also a sub-heading of a plan's timetable (`Vedtagelse` / `august 2024`): a decision only where none is labelled.
  ['vedtagelse', 'decision'],
  // `Aftalt:` (what was agreed) in the minutes of boards and councils that label nothing else so.
  ['aftalt', 'decision'],
  // `Vedtaget: Dagsordenen blev godkendt.` (only with its colon: `Vedtaget` alone is what was decided, not a label).
  ['vedtaget', 'decision'],
];

const EXACT = new Map<string, SectionKind>(LEXICON);
const WEAK_MAP = new Map<string, SectionKind>(WEAK);
/** Single-word headings that a near miss (a misspelling) may stand for. */
const FUZZY_TARGETS = LEXICON.filter(([h]) => !h.includes(' ') && h.length >= 6 && h !== 'sagen').map(([h]) => h);
/** FUZZY_TARGETS by first character, in table order (nearMiss compares only targets with the word's first character). */
const FUZZY_BY_FIRST = new Map<number, string[]>();
for (const t of FUZZY_TARGETS) {
  const list = FUZZY_BY_FIRST.get(t.charCodeAt(0));
  if (list) list.push(t);
  else FUZZY_BY_FIRST.set(t.charCodeAt(0), [t]);
}

export interface HeadingMatch {
  kind: SectionKind;
  /** The heading text as written (trimmed, white space folded). */
  heading: string;
  /** Text after `Heading:` on the same line, or null. */
  inline: string | null;
  /** False for a near miss (misspelling); `suggestion` then holds the canonical heading. */
  exact: boolean;
  weak: boolean;
  suggestion: string | null;
  /**
   * A heading only outside a case text: `Udvalgets beslutning: Godkendt.` under the Indstilling (or with no heading
   * above it in the item) is the decision; under Sagsfremstilling, Sagsgang or `Tidligere behandling:`, or after a
   * line ending `følgende beslutning:`, it quotes an earlier one.
   */
  quotable?: boolean;
  /**
   * A heading only where no decision heading stands above it: `Borgerrepræsentationens beslutning i mødet den …:` heads
   * the decision of a protocol, and under a `Beslutning` heading it is the first line of that decision's text.
   */
  belowDecisionIsText?: boolean;
  /** Text where the line above introduces it (`… traf følgende beslutning:`): a quoted earlier decision. */
  introducedIsText?: boolean;
}

const DECISION_HEAD = /^beslutning(?:er)?\b/u;
/** `(12.03.2024)`, `(teknisk udvalg, 12.03.2024)`, `(12. marts 2024)`: a date closing the bracket (`(se bilag 2)` is none). */
const BRACKETED_DATE = /(?:^\(|, )(?:den )?\d{1,2}(?:[-./]\d{1,2}[-./]\d{2,4}|\. ?\p{L}{3,9} \d{4})\)$/u;
/** `Beslutning i Udvalget for X den 04-06-2020`, `Beslutning Teknik- og Miljøudvalget den 11-08-2021`, `Beslutning (12.03.2024)`. */
function decisionWithCommittee(low: string): boolean {
  if (!DECISION_HEAD.test(low) || low.length > 160) return false;
  const rest = low.replace(DECISION_HEAD, '').trim();
  if (rest === '' || rest.startsWith('om ') || rest.startsWith('af ') || rest.startsWith('at ')) return false;
  // `Beslutning (12.03.2024)`, `Beslutning (Teknisk Udvalg, 12.03.2024)`: the date in brackets.
  if (rest.startsWith('(') && rest.endsWith(')')) return BRACKETED_DATE.test(rest);
  // (`Beslutning den 7. marts 2024 blev, at …` is a sentence.)
  if (/(?:^| )den \d/u.test(rest) && !/[.,;:]$|, | (?:blev|var|er|har)\b/u.test(rest)) return true;
  return rest.startsWith('i ') || rest.startsWith('på ') || rest.startsWith('fra ') || /\d{4}$/u.test(rest);
}

/** `Økonomiudvalgets beslutning den 05-05-2021`, `Byrådets beslutning d. 3/5-2021`: a committee's own decision label. */
const GENITIVE_DECISION = /^(?:\p{L}[\p{L}-]*s (?:beslutning|afgørelse)(?: (?:i|på) mødet)?|(?:\p{L}[\p{L}-]* og|\p{L}[\p{L}-]*) [\p{L}-]*(?:udvalg|råd|bestyrelse|forum|direktion)(?:et|en)?s beslutning) (?:(?:den|d\.) )?\d{1,2}\.?[-./ ]\s?(?:\d{1,2}|\p{L}+)\.?[-./ ]\s?\d{2,4}$/u;

/**
 * `Udvalgets beslutning`, `Byrådets beslutning`; of two words (`Børne- og Skoleudvalgets beslutning`, `Teknisk Udvalgs
 * beslutning`) only a committee's (`Region Sjællands beslutning` and `Miljø- og Fødevareklagenævnets afgørelse` are
 * headings of a case text).
 */
// (`Vis beslutning` is a web page's button, not a genitive.)
const GENITIVE_BARE_DECISION = /^(?!vis )(?:\p{L}[\p{L}-]*s (?:beslutning|afgørelse)|(?:\p{L}[\p{L}-]* og|\p{L}[\p{L}-]*) [\p{L}-]*(?:udvalg|råd|bestyrelse|forum|direktion)(?:et|en)?s beslutning)$/u;
/** `Udvalgets beslutning: Godkendt.`: with its text on its line, only a committee's own decision. */
const GENITIVE_INLINE_DECISION = /^(?:\p{L}[\p{L}-]* og )?[\p{L}-]*(?:udvalg|råd|bestyrelse|forum|nævn|direktion)(?:et|en)?s beslutning$/u;
/** `Indstilling fra direktionen`. */
const RECOMMENDATION_FROM = /^indstilling fra [\p{L} -]{2,60}$/u;

const CONSEQUENCES = /^[\p{L}-]+ (?:og [\p{L}-]+ )?konsekvenser$/u;
const GENITIVE_RECOMMENDATION = /^[\p{L}-]+s indstilling$/u;

/**
 * Matches one line against the heading lexicon. A heading stands alone on its line (optionally with a colon); a few
 * kinds may carry their text after the colon (`Beslutning: Godkendt.`, `Referat: Godkendt`). Returns null for text.
 */
export function matchHeading(raw: string): HeadingMatch | null {
  return matchHeadingSquashed(squash(raw));
}

/** The longest exact heading in the lexicon: a longer head is a heading only by one of the patterns below. */
const LONGEST = Math.max(...[...LEXICON, ...WEAK].map(([h]) => h.length));
/** 1 at the index of every length of an exact or weak heading (0 ≤ length ≤ LONGEST). */
const EXACT_LENGTHS = new Uint8Array(LONGEST + 1);
for (const [h] of [...LEXICON, ...WEAK]) EXACT_LENGTHS[h.length] = 1;
/** Every pattern-matched heading names one of these words; a long head without any of them is text. */
const PATTERN_WORDS = /beslutning|indstilling|konsekvenser|afgørelse/i;

/**
 * A necessary condition for a head to match one of the patterns (decisionWithCommittee, GENITIVE_DECISION, …), read off
 * its first and last characters: the lower-cased head starts with `beslutning` or `indstilling fra`, or ends with a
 * digit (a date), `beslutning`/`indstilling` (g), `konsekvenser` (r) or `afgørelse` (e). Only `B`/`b`, `I`/`i`,
 * `G`/`g`, `R`/`r`, `E`/`e` and the digits lower-case to those ASCII characters; any non-ASCII first or last character
 * is let through.
 */
function patternEnds(head: string, hn: number): boolean {
  const a = head.charCodeAt(0);
  const z = head.charCodeAt(hn - 1);
  if (a >= 128 || z >= 128) return true;
  const la = a | 0x20;
  const lz = z | 0x20;
  return la === 98 || la === 105 || lz === 103 || lz === 114 || lz === 101 || (z >= 48 && z <= 57);
}

/**
 * A heading glued to the text after it, which starts with a capital: `ResuméSvømmehallens …`,
 * `Beslutning i Økonomiudvalget den 11-03-2024Godkendt.` (no Danish word runs on in a capital after these).
 */
const GLUED = /^((Beslutning|Sagsfremstilling|Resumé|Resume|Indstilling|Baggrund|Sagsbeskrivelse)|Beslutning (?:i|på) [^:\d]{3,60} den \d{1,2}[-./]\d{1,2}[-./]\d{2,4})(?=\p{Lu}\p{Ll})/u;
const GLUED_FIRST = new Set([66, 83, 82, 73]);

/** An arrow before a heading: `→ `, `-> `, `=> `, `⇒ `, `➔ `. */
const ARROW = /^(?:→|->|=>|⇒|➔|➡) ?/u;

/** `matchHeading` for a line already squashed (see `Doc.sq`). */
export function matchHeadingSquashed(line: string): HeadingMatch | null {
  const n = line.length;
  if (n === 0) return null;
  // `→ Beslutning: Godkendt.`, `-> Beslutning: …`: an arrow drawn before the heading.
  const a0 = line.charCodeAt(0);
  if ((a0 === 0x2192 || a0 === 0x21d2 || a0 === 0x2794 || a0 === 0x27a1 || (a0 === 45 && line.charCodeAt(1) === 62) || (a0 === 61 && line.charCodeAt(1) === 62)) && n > 3) {
    // (Only a decision, and only outside a case text: `→ Kommunikation: …` is an action, `→ Beslutning: Endelig vedtagelse
    // forventes i februar` a timetable's step.)
    const rest = ARROW.exec(line);
    const h = rest ? matchHeadingSquashed(line.slice(rest[0].length)) : null;
    return h !== null && h.kind === 'decision' ? quotable(h) : null;
  }
  // Long lines are headings only as `Beslutning … den <dato>` or `Heading: text`; skip sentences cheaply. Under `i`
  // only `b` and `B` match the `b` of ^beslutning, so the first character decides most lines without the regex.
  const colon = line.indexOf(':');
  // (`Beslutning: <a paragraph of 300 characters>` on one line, as Word saves it: the head decides.)
  if (n > 160 && (colon < 0 || colon > 60)) return null;
  // `SagsfremstillingBorgmesteren orienterede …`: a heading glued to its text (Acrobat's "Save as Text").
  if (colon === -1 && n > 12 && GLUED_FIRST.has(line.charCodeAt(0))) {
    const g = GLUED.exec(line);
    if (g) return headingMatch(line, line.slice(g[1]!.length), EXACT.get((g[2] ?? 'beslutning').toLowerCase())!, true, false, null);
  }
  if (n > 70 && colon === -1 && ((line.charCodeAt(0) | 0x20) !== 98 || !/^beslutning/i.test(line))) return null;
  const head = colon >= 0 ? line.slice(0, colon).trim() : line.trim();
  const hn = head.length;
  if (hn === 0) return null;
  // Most lines are text: a head longer than any lexicon entry must name a pattern word to be worth lower-casing.
  // PATTERN_WORDS finds a word in `head` exactly when it finds one in `head.toLowerCase()` (under `i` the only
  // characters that fold onto its letters are ASCII ones; the Kelvin sign, which lower-cases to `k`, is gone after NFC;
  // `İ` matches no letter either way, and lower-cases to `i` plus U+0307, which no pattern word has after an `i`), so
  // the answer is kept for the tests below (-1: not computed yet).
  let pw = -1;
  if (hn > LONGEST) {
    if (!patternEnds(head, hn) || !PATTERN_WORDS.test(head)) return null;
    pw = 1;
  } else if (EXACT_LENGTHS[hn] === 0 && head.includes(' ')) {
    // A head of several words whose length no lexicon entry has is a heading only by a pattern (a single word may
    // still be a misspelling): most short text lines end here, before lower-casing.
    if (!patternEnds(head, hn) || !PATTERN_WORDS.test(head)) return null;
    pw = 1;
  }
  const inline = colon >= 0 ? line.slice(colon + 1).trim() : '';
  const low = head.toLowerCase();
  const exact = EXACT.get(low);
  // A paragraph on one line (`Beslutning: <300 characters>`, as Word saves it): only a decision, and not quoted.
  if (n > 160) {
    // (`Vedtaget: …` / `Aftalt: …` on one long line: a weak label, as on a short one. A long `Konklusion:` or `Referat:`
    // line quotes a report or another body's meeting as often.)
    const weakLong = exact === undefined && colon >= 0 && (low === 'vedtaget' || low === 'aftalt');
    if (exact !== 'decision' && !weakLong) return null;
    const h = headingMatch(line, inline, 'decision', true, weakLong, null)!;
    h.introducedIsText = true;
    return h;
  }
  if (exact) return headingMatch(line, inline, exact, true, false, null);
  // `Decision:` alone on its line in an English-speaking board's minutes (with text after it, it is a quoted report's).
  if (low === 'decision' && inline === '' && colon >= 0) return headingMatch(line, inline, 'decision', true, false, null);
  const weak = WEAK_MAP.get(low);
  // `Aftalt:` is a word of a case text too: a decision only outside one.
  if (weak) {
    if (low === 'vedtaget' && colon < 0) return null;
    return low === 'aftalt' || low === 'vedtaget' ? quotable(headingMatch(line, inline, weak, true, true, null)) : headingMatch(line, inline, weak, true, true, null);
  }
  if (inline !== '' && low.endsWith('s beslutning') && GENITIVE_INLINE_DECISION.test(low)) return quotable(headingMatch(line, inline, 'decision', true, false, null));
  if ((colon < 0 || inline === '') && (pw === 1 || (pw === -1 && PATTERN_WORDS.test(low)))) {
    if (decisionWithCommittee(low) || GENITIVE_BARE_DECISION.test(low)) return headingMatch(line, inline, 'decision', true, false, null);
    if (GENITIVE_DECISION.test(low)) {
      const h = headingMatch(line, inline, 'decision', true, false, null)!;
      if (/ (?:i|på) mødet /u.test(low)) h.belowDecisionIsText = true;
      return h;
    }
    if (RECOMMENDATION_FROM.test(low)) return headingMatch(line, inline, 'recommendation', true, false, null);
    if (CONSEQUENCES.test(low)) return headingMatch(line, inline, 'other', true, false, null);
    if (GENITIVE_RECOMMENDATION.test(low) && low.split(' ').length === 2) return headingMatch(line, inline, 'recommendation', true, false, null);
  }
  // A misspelt heading (`Indstililng`, an OCR's `Beslutnlng: Godkendt.`), alone or with its text after the colon. (A
  // scan's `8eslutning:` reads the capital B as an 8.)
  if (!low.includes(' ') && low.charCodeAt(0) === 56 && low.length >= 8) {
    const b = `b${low.slice(1)}`;
    if (EXACT.get(b) === 'decision') return headingMatch(line, inline, 'decision', false, false, 'Beslutning');
  }
  if (!low.includes(' ')) {
    // With text after the colon, one wrong or missing letter only, not at either end (`Beslutnlng: Godkendt.`,
    // `Beslutnig: …`): `Afgørelser: 31 …`, `Besluttes: …`, `Personalet: …` are words of their own.
    const near = inline === '' ? nearMiss(low) : oneWrongLetter(low);
    if (near) return headingMatch(line, inline, EXACT.get(near)!, false, false, capitalise(near));
  }
  return null;
}

/**
 * The heading `word` misspells by one wrong letter (same length), or by one letter left out of a long word
 * (`Beslutnig`), with the same first and last letter; or null.
 */
function oneWrongLetter(word: string): string | null {
  if (word.length < 6) return null;
  const targets = FUZZY_BY_FIRST.get(word.charCodeAt(0));
  if (targets === undefined) return null;
  const n = word.length;
  for (const t of targets) {
    if (t.charCodeAt(t.length - 1) !== word.charCodeAt(n - 1)) continue;
    if (t.length === n) {
      let wrong = 0;
      for (let k = 1; k < n - 1 && wrong < 2; k++) if (t.charCodeAt(k) !== word.charCodeAt(k)) wrong++;
      if (wrong === 1) return t;
    } else if (t.length === n + 1 && n >= 8) {
      let k = 1;
      while (k < n - 1 && t.charCodeAt(k) === word.charCodeAt(k)) k++;
      if (t.slice(k + 1) === word.slice(k)) return t;
    }
  }
  return null;
}

/**
 * `Beslutning           Godkendt.`: a heading in the left margin with its text beside it, as `pdftotext -layout`
 * writes a two-column page (or a Word table saved as text, with a tab between the columns). The head is at most four
 * characters in, at most 40 long, and a run of four or more spaces or a tab sets it off (justified text has shorter gaps).
 */
const MARGIN = /^[ \t]{0,4}(\S(?:[^\t]{0,38}?\S)?)(?: {4,}|\t+)(\S.*)$/;

/** A heading in the left margin of a raw (cleaned) line with its text beside it, or null. Exact headings only. */
export function matchMarginHeading(raw: string): HeadingMatch | null {
  const m = MARGIN.exec(raw);
  if (!m) return null;
  const head = squash(m[1]!);
  // The text beside it is one column: another tab or a run of spaces in it makes the line a table row
  // (`Forslag   For   Imod   Undlod`, `Personale<TAB>14<TAB>12`).
  if (head.length < 4 || head.includes(':') || head.includes('  ') || m[2]!.includes('\t') || m[2]!.includes('   ')) return null;
  const h = matchHeadingSquashed(head);
  if (!h || !h.exact || h.weak || h.inline !== null) return null;
  return { kind: h.kind, heading: head, inline: squash(m[2]!), exact: true, weak: false, suggestion: null };
}

/** The match, marked as a heading only outside a case text (see `HeadingMatch.quotable`). */
function quotable(h: HeadingMatch | null): HeadingMatch | null {
  if (h !== null) h.quotable = true;
  return h;
}

function headingMatch(line: string, inline: string, kind: SectionKind, exact: boolean, weak: boolean, suggestion: string | null): HeadingMatch | null {
  // `Indstilling: Forvaltningen indstiller …`, `Sagsfremstilling: …`: the text may start on the heading's line. (Attachments
  // and the like keep their own line: `Bilag: 3` is a count in a sentence as often as a heading.)
  if (inline !== '' && !(kind === 'decision' || kind === 'other' || kind === 'history' || kind === 'recommendation' || kind === 'case' || kind === 'background' || kind === 'summary')) return null;
  return { kind, heading: line, inline: inline === '' ? null : inline, exact, weak, suggestion };
}

/** The canonical single-word heading a misspelt word most likely stands for, or null. */
export function nearMiss(word: string): string | null {
  if (word.length < 6) return null;
  let best: string | null = null;
  let bestD = Infinity;
  const targets = FUZZY_BY_FIRST.get(word.charCodeAt(0));
  if (targets === undefined) return null;
  for (const t of targets) {
    if (Math.abs(t.length - word.length) > 1) continue;
    const max = t.length >= 9 ? 2 : 1;
    const d = editDistance(word, t, max);
    if (d > 0 && d <= max && d < bestD) {
      best = t;
      bestD = d;
    }
  }
  return best;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Every canonical heading, for documentation and suggestions. */
export const KNOWN_HEADINGS: readonly string[] = LEXICON.map(([h]) => capitalise(h));

/**
 * A Sagsgang line: `<Udvalg>, <date>, pkt. N` or `Byrådet den 25. september 2024, pkt. 115` (optionally with a
 * colon). It is the item's own decision when the number
 * or the date is the meeting's; otherwise it is an earlier committee's handling (history).
 */
export interface CommitteeLine {
  committee: string;
  date: string;
  /** The item number in that committee's meeting, when the line states it (`pkt. 65`). */
  number: string | null;
  /** Text after the colon on the same line. */
  inline: string | null;
}
const COMMITTEE_LINE =
  /^([^,]{2,100}?)(?:, ((?:\d{1,2}[-./]\d{1,2}[-./]\d{2,4})|(?:\d{1,2}\. ?[\p{L}]{3,9}\.? \d{4})), pkt\. ?(\d{1,4})\.?:?|(?: den| d\.) ((?:\d{1,2}[-./]\d{1,2}[-./]\d{2,4})|(?:\d{1,2}\. ?[\p{L}]{3,9}\.? \d{4})), pkt\. ?(\d{1,4}):)$/u;
/** `Økonomiudvalget den 12.05.2021: Anbefales.`, `Teknisk Udvalg, 12. marts 2024:` — a committee's handling, its text after the colon. */
const COMMITTEE_DATE_LINE =
  /^(\p{Lu}[\p{L} -]{1,60}?(?:[Uu]dvalg(?:et)?|[Rr]åd(?:et)?|[Bb]estyrelse(?:n)?|[Dd]irektion(?:en)?|[Ff]orum|[Nn]ævn(?:et)?)),? (?:den |d\. )?((?:\d{1,2}[-./]\d{1,2}[-./]\d{2,4})|(?:\d{1,2}\. ?[\p{L}]{3,9}\.? \d{4})):(?: (.*))?$/u;

/** The committee words COMMITTEE_DATE_LINE requires (a cheap test before it). */
const COMMITTEE_WORD = /[Uu]dvalg|[Rr]åd|[Bb]estyrelse|[Dd]irektion|[Ff]orum|[Nn]ævn/u;

export function matchCommitteeLine(raw: string): CommitteeLine | null {
  return matchCommitteeLineSquashed(squash(raw));
}

/** `matchCommitteeLine` for a line already squashed. Cheap tests first: both forms need a digit and a comma or colon. */
export function matchCommitteeLineSquashed(sq: string): CommitteeLine | null {
  const n = sq.length;
  if (n < 10) return null;
  // COMMITTEE_LINE ends `pkt. ?\d{1,4}\.?:?`: past an optional colon and an optional dot the line ends in a digit, and
  // the literal `pkt.` starts at most 11 characters from the end. Sentences end here without a scan.
  let e = n - 1;
  if (sq.charCodeAt(e) === 58) e--;
  if (sq.charCodeAt(e) === 46) e--;
  const last = sq.charCodeAt(e);
  if (last >= 48 && last <= 57 && sq.indexOf('pkt.', n > 11 ? n - 11 : 0) !== -1) {
    // (The ` den ` form only as a heading, with its colon: `Økonomiudvalget godkendte … den 6. marts 2024, pkt. 41.` is
    // a sentence; and only where the committee is a name, `Udsat fra Byrådet den …` is none.)
    const m = COMMITTEE_LINE.exec(sq);
    if (m && (m[2] !== undefined || /^\p{Lu}[\p{L}-]*(?: (?:og|for|i) \p{Lu}?[\p{L}-]+| \p{Lu}[\p{L}-]+)*$/u.test(m[1]!.trim()))) return { committee: m[1]!.trim(), date: m[2] ?? m[4]!, number: m[3] ?? m[5]!, inline: null };
  }
  // COMMITTEE_DATE_LINE starts with an upper-case letter (\p{Lu}: an ASCII first character must be A–Z).
  const c0 = sq.charCodeAt(0);
  if (c0 < 128 && !(c0 >= 65 && c0 <= 90)) return null;
  // The date ends right before the line's first colon (the committee name holds only letters, spaces and hyphens).
  const colon = sq.indexOf(':');
  const before = colon > 0 ? sq.charCodeAt(colon - 1) : 0;
  if (before >= 48 && before <= 57 && COMMITTEE_WORD.test(sq)) {
    const d = COMMITTEE_DATE_LINE.exec(sq);
    // `Beslutning i Økonomiudvalget den 14-09-2021:` names the committee after the heading word.
    if (d) return { committee: d[1]!.trim().replace(/^(?:beslutning|indstilling|behandling)(?: (?:i|fra))? /i, ''), date: d[2]!, number: null, inline: d[3]?.trim() || null };
  }
  return null;
}
