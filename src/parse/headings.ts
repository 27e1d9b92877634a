// The section-heading lexicon shared by every format, in one readable table, and the matcher that decides whether a
// line is a heading, which kind it is, and (for near misses such as `Indstililng`) what it should have been.
import type { SectionKind } from '../model/meeting.js';
import { editDistance, squash } from './text.js';

/** Exact headings (lower-case, without a trailing colon) → kind. */
const LEXICON: ReadonlyArray<readonly [string, SectionKind]> = [
  ['beslutning', 'decision'],
  ['beslutninger', 'decision'],
  ['afgørelse', 'decision'],
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
  ['orientering', 'information'],
  ['sagsgang', 'history'],
  ['sagsgang og sagstype', 'history'],
  ['sagens gang', 'history'],
  ['sagsforløb', 'history'],
  ['tidligere beslutninger', 'history'],
  ['tidligere behandling', 'history'],
  ['sagshistorik', 'history'],
  ['sagshistorik, henvisninger', 'history'],
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
];

/** Headings that mark a decision only in free-form minutes without any `Beslutning` heading (a weak heading). */
const WEAK: ReadonlyArray<readonly [string, SectionKind]> = [['referat', 'decision']];

const EXACT = new Map<string, SectionKind>(LEXICON);
const WEAK_MAP = new Map<string, SectionKind>(WEAK);
/** Single-word headings that a near miss (a misspelling) may stand for. */
const FUZZY_TARGETS = LEXICON.filter(([h]) => !h.includes(' ') && h.length >= 6 && h !== 'sagen').map(([h]) => h);

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
}

const DECISION_HEAD = /^beslutning(?:er)?\b/u;
/** `Beslutning i Udvalget for X den 04-06-2020`, `Beslutning Teknik- og Miljøudvalget den 11-08-2021`. */
function decisionWithCommittee(low: string): boolean {
  if (!DECISION_HEAD.test(low) || low.length > 160) return false;
  const rest = low.replace(DECISION_HEAD, '').trim();
  if (rest === '' || rest.startsWith('om ') || rest.startsWith('af ') || rest.startsWith('at ')) return false;
  return rest.startsWith('i ') || rest.startsWith('på ') || rest.startsWith('fra ') || / den \d/u.test(rest) || /\d{4}$/u.test(rest);
}

const CONSEQUENCES = /^[\p{L}-]+ (?:og [\p{L}-]+ )?konsekvenser$/u;
const GENITIVE_RECOMMENDATION = /^[\p{L}-]+s indstilling$/u;

/**
 * Matches one line against the heading lexicon. A heading stands alone on its line (optionally with a colon); a few
 * kinds may carry their text after the colon (`Beslutning: Godkendt.`, `Referat: Godkendt`). Returns null for text.
 */
export function matchHeading(raw: string): HeadingMatch | null {
  // Several stages ask about the same line; the answer depends on the text only, so remember it (frozen). Lines are
  // slices that keep their whole file's text alive, so the memo is emptied for every new document (makeDoc) and
  // bounded — it must never hold on to earlier files.
  const hit = HEADING_CACHE.get(raw);
  if (hit !== undefined) return hit;
  if (HEADING_CACHE.size >= 4096) HEADING_CACHE.clear();
  const m = matchHeadingUncached(raw);
  HEADING_CACHE.set(raw, m === null ? null : Object.freeze(m));
  return m;
}

const HEADING_CACHE = new Map<string, HeadingMatch | null>();

/** Forgets the lines of the previous document (called by makeDoc). */
export function resetHeadingMemo(): void {
  HEADING_CACHE.clear();
}

function matchHeadingUncached(raw: string): HeadingMatch | null {
  const line = squash(raw);
  if (line === '' || line.length > 160) return null;
  const colon = line.indexOf(':');
  const head = (colon >= 0 ? line.slice(0, colon) : line).trim();
  const inline = colon >= 0 ? line.slice(colon + 1).trim() : '';
  const low = head.toLowerCase();
  if (low === '') return null;
  const make = (kind: SectionKind, exact: boolean, weak: boolean, suggestion: string | null): HeadingMatch | null => {
    if (inline !== '' && !(kind === 'decision' || kind === 'other' || kind === 'history')) return null;
    return { kind, heading: line, inline: inline === '' ? null : inline, exact, weak, suggestion };
  };
  const exact = EXACT.get(low);
  if (exact) return make(exact, true, false, null);
  const weak = WEAK_MAP.get(low);
  if (weak) return make(weak, true, true, null);
  if (colon < 0 || inline === '') {
    if (decisionWithCommittee(low)) return make('decision', true, false, null);
    if (CONSEQUENCES.test(low)) return make('other', true, false, null);
    if (GENITIVE_RECOMMENDATION.test(low) && low.split(' ').length === 2) return make('recommendation', true, false, null);
  }
  if (inline === '' && !low.includes(' ')) {
    const near = nearMiss(low);
    if (near) return make(EXACT.get(near)!, false, false, capitalise(near));
  }
  return null;
}

/** The canonical single-word heading a misspelt word most likely stands for, or null. */
export function nearMiss(word: string): string | null {
  if (word.length < 6) return null;
  let best: string | null = null;
  let bestD = Infinity;
  for (const t of FUZZY_TARGETS) {
    if (t[0] !== word[0] || Math.abs(t.length - word.length) > 1) continue;
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
 * A Sagsgang line: `<Udvalg>, <date>, pkt. N` (optionally with a colon). It is the item's own decision when the number
 * or the date is the meeting's; otherwise it is an earlier committee's handling (history).
 */
export interface CommitteeLine {
  committee: string;
  date: string;
  number: string;
}
const COMMITTEE_LINE =
  /^([^,]{2,100}), ((?:\d{1,2}[-./]\d{1,2}[-./]\d{2,4})|(?:\d{1,2}\. ?[\p{L}]{3,9}\.? \d{4})), pkt\. ?(\d{1,4})\.?:?$/u;
const HAS_INVISIBLE = /[\u200b\u200c\u200d\u2060\ufeff\u00ad]/u;
export function matchCommitteeLine(raw: string): CommitteeLine | null {
  // The pattern needs a literal 'pkt'; most lines lack it, so skip the regex for them.
  // The pattern needs a literal 'pkt'. Squashing only removes invisible characters and folds spaces, so a line without
  // 'pkt' and without invisible characters cannot match: skip it with two native scans.
  if (!raw.includes('pkt') && !HAS_INVISIBLE.test(raw)) return null;
  const line = squash(raw);
  if (!line.includes('pkt')) return null;
  const m = COMMITTEE_LINE.exec(line);
  if (!m) return null;
  return { committee: m[1]!.trim(), date: m[2]!, number: m[3]! };
}
