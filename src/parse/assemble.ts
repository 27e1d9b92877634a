// Assembly: the shared pipeline every format runs — table of contents, items, header facts, sections — and the
// tiling of every source line into exactly one node. Formats choose options; they do not re-implement stages.
import type { AgendaItem, Attachment, HeaderField, Meeting, Participant, Section, TocEntry, Unassigned } from '../model/meeting.js';
import { classifyOutcomes } from '../tables/outcome.js';
import { findDate, findTimes } from './dates.js';
import { type Doc, textOf } from './doc.js';
import { matchCommitteeLineSquashed } from './headings.js';
import { type HeaderOptions, MEETING_ENDED, committeeFromMeetingWord, committeeFromTitle, organisationInTitle, parseHeader } from './header.js';
import { type ItemDraft, findItems } from './items.js';
import { PAGE_FOOTER, type SectionDraft, attachmentsOf, isBoilerplate, segmentItem } from './sections.js';
import { absentFromBody } from './attendance.js';
import { foldKey, joinWrapped, words } from './text.js';
import { CLOSED, type TocDraft, findToc, groupHeading } from './toc.js';
import { LETTER_TITLE, ROMAN_TITLE } from './numbers.js';

export interface AssembleOptions {
  header?: HeaderOptions;
}

export type MeetingBody = Omit<Meeting, 'schemaVersion' | 'source'>;

function firstHeadingLine(doc: Doc): number {
  for (let i = 0; i < doc.n; i++) {
    if (!doc.blank[i] && doc.heading(i)?.exact && !doc.heading(i)?.weak) return i;
  }
  return doc.n;
}

function hasStrongDecision(doc: Doc, from = 0, to = doc.n - 1): boolean {
  for (let i = from; i <= to; i++) {
    if (doc.blank[i]) continue;
    const h = doc.heading(i);
    if (h && h.kind === 'decision' && !h.weak) return true;
    if (doc.committee(i)) return true;
  }
  return false;
}

/** The best title: the longest of TOC, heading and repeated titles when the others are its prefixes. */
function resolveTitle(d: ItemDraft, repeats: string[]): string | null {
  const base = d.bodyTitle ?? d.toc?.title ?? null;
  if (base === null) return null;
  let best = base;
  let kb = foldKey(best);
  for (const t of [d.toc?.title, ...repeats]) {
    // The same text cannot extend `best` (most repeated titles are exactly the title).
    if (!t || t === best) continue;
    const kt = foldKey(t);
    // Only a longer title that starts as `best` does can extend it (the tests below only for such a one).
    if (!(kt.length > kb.length && kt.startsWith(kb))) continue;
    // Only where `best` looks cut short: cut mid-word, or the longer title adds little.
    // (Word by word: the two may punctuate alike words otherwise, `Budget 2025-2028, 1. behandling`.)
    const midWord = !/[\s.,;:)]$/u.test(best) && cutMidWord(best, t);
    // A bare trailing number is a page reference the contents kept, not part of the title.
    const pageOnly = /^\s*\d{1,4}\s*$/u.test(t.slice(best.length));
    // (Nor is a stage the contents add after a dash, `Vandløbsrestaurering i Tryggevælde Å - igangsættelse`, where
    // the body's heading ends with a whole word: the body words its heading so.)
    const stage = !midWord && /^ [-–] \p{L}/u.test(t.slice(best.length));
    if (!pageOnly && !stage && (midWord || t.length <= best.length * 1.5)) {
      best = t;
      kb = kt;
    }
  }
  // (`1. Godkendelse af dagsorden og referat:`: the colon that introduces the item's text is not part of its title.)
  const title = best.trim();
  return title.length > 1 && title.endsWith(':') ? title.slice(0, -1).trimEnd() : title;
}

/** Whether `short`'s last word is cut short in `long` (`… Vesterbr` / `… Vesterbro`), its other words the same. */
function cutMidWord(short: string, long: string): boolean {
  const a = words(short);
  const b = words(long);
  if (a.length === 0 || a.length > b.length) return false;
  const k = a.length - 1;
  for (let j = 0; j < k; j++) if (a[j] !== b[j]) return false;
  return a[k] !== b[k] && b[k]!.startsWith(a[k]!);
}

const ABBREVIATIONS: Record<string, string> = {
  KB: 'Kommunalbestyrelsen',
  BR: 'Byrådet',
  BY: 'Byrådet',
  ØU: 'Økonomiudvalget',
  RR: 'Regionsrådet',
};

/** Words a name keeps in lower case (`Børne- og Ungeudvalget`, `Vækstforum for Region Syddanmark`). */
const NAME_SMALL_WORDS = new Set(['og', 'for', 'i', 'af', 'til', 'under', 'ved', 'på', 'med']);

/**
 * A name written in capitals (`BYRÅDET`, `VÆKSTFORUM FOR REGION SYDDANMARK`) as names are written (`Byrådet`, `Vækstforum
 * for Region Syddanmark`), so one body has one name across its minutes. Short words in capitals that are no small word
 * are abbreviations and stay (`KKR`, `LMU`); a name with any lower-case letter is left as written.
 */
export function displayName(name: string): string {
  if (name.toUpperCase() !== name || name.toLowerCase() === name) return name;
  return name.replace(/[\p{Lu}\d]+/gu, (word, at: number) => {
    const low = word.toLowerCase();
    const wordStart = at === 0 || name.charAt(at - 1) === ' ';
    if (wordStart && at > 0 && NAME_SMALL_WORDS.has(low) && !/\p{L}/u.test(name.charAt(at + word.length))) return low;
    // (`MED-UDVALGET`: an abbreviation joined to a word, `MED-udvalget`.)
    if (word.length <= 3 && (!NAME_SMALL_WORDS.has(low) || name.charAt(at + word.length) === '-')) return word;
    return wordStart ? word.charAt(0) + low.slice(1) : low;
  });
}

function expandCommittee(s: string): string {
  const t = s.trim();
  return ABBREVIATIONS[t] ?? t;
}

/** `Beslutning (i) Økonomi- og Erhvervsudvalget den 10-06-2024`: the committee and date of an item's own decision. */
const DECISION_BY = /^Beslutning (?:i )?(\p{Lu}[\p{L} -]{1,60}?(?:udvalget|rådet|bestyrelsen|nævnet|forum)) (?:den|d\.) (\d[\d./ -]{5,9}\d|\d{1,2}\. \p{L}{3,9} \d{4}):?$/u;

/** `Økonomiudvalgets beslutning i mødet den 3. maj 2021`: the committee and date of per-item pages. */
const GENITIVE_MEETING = /^(\p{Lu}[\p{L}-]+?)s beslutning i mødet den (.+)$/u;
const STARTED_ENDED = /mødet (?:startede|begyndte) kl\.? ?(\d{1,2}[.:]\d{2}) og (?:sluttede|sluttet|slut) kl\.? ?(\d{1,2}[.:]\d{2})/i;
// Cheap gates (plain case-insensitive literals) before the Unicode-aware regexes above and CLOSED: most lines have neither.
const MODET_GATE = /ødet/i;
const LUKKET_GATE = /u[k\u212a][k\u212a]et|fortrolig/i;

/** Meeting facts as the header states them, completed from the body item by item. */
interface MeetingFacts {
  committee: string | null;
  date: string | null;
  start: string | null;
  end: string | null;
  /** Facts some exports state only in the body; they keep their line like header facts do. */
  bodyFacts: HeaderField[];
}

// The per-item work is split out of `assemble` and written as plain loops: V8 re-optimises a function each time a
// new array shape reaches an inlined map/filter, and recompiling one large `assemble` seven times was most of the
// JIT's warm-up cost on a folder run (measured with --trace-opt / --trace-deopt).

/** One agenda item from its draft and its lines [d.start, to]; also its decision sections, for body facts. */
function buildItem(doc: Doc, d: ItemDraft, to: number, date: string | null, weakDecisions: boolean, committee: string | null): { item: AgendaItem; decisions: SectionDraft[] } {
  const tocTitle = d.toc?.title ?? null;
  const titles: string[] = [];
  if (d.bodyTitle) titles.push(d.bodyTitle);
  if (tocTitle) titles.push(tocTitle);
  const seg = segmentItem(doc, d.start, to, d.titleLines, { number: d.number, titles, meetingDate: date, weakDecisions, committee });
  const titleLines: AgendaItem['titleLines'] = [];
  const repeats: string[] = [];
  // A title wrapped onto the next line (`88. Anlægsbevilling … til etablering` / `af nyt varmeanlæg …`): the line right
  // under the heading, starting in lower case, continues the title rather than repeating it.
  const headLine = d.titleLines[d.titleLines.length - 1]!;
  let bodyTitle = d.bodyTitle;
  for (const tl of seg.titleLines) {
    const text = doc.sq[tl.start]!;
    titleLines.push({ text, line: tl.start + 1, endLine: tl.end + 1 });
    if (tl.start === headLine + 1 && bodyTitle && /^\p{Ll}/u.test(text) && !/[.!?:]$/u.test(bodyTitle)) {
      bodyTitle = joinWrapped(bodyTitle, text);
      continue;
    }
    if (text !== '') repeats.push(text);
  }
  const title = resolveTitle(bodyTitle === d.bodyTitle ? d : { ...d, bodyTitle }, repeats);
  const sections: Section[] = [];
  const decisions: SectionDraft[] = [];
  const attachments: Attachment[] = [];
  // The decision: the non-empty decision texts joined by a blank line ('' when every decision section is empty).
  let decision: string | null = null;
  // The recommendation: the first non-empty one ('' when every recommendation section is empty).
  let recommendation: string | null = null;
  for (const s of seg.sections) {
    sections.push({ heading: s.heading, kind: s.kind, text: s.text, line: s.start + 1, endLine: s.end + 1 });
    if (s.kind === 'decision') {
      decisions.push(s);
      if (decision === null || decision === '') decision = s.text;
      else if (s.text !== '') decision = `${decision}\n\n${s.text}`;
    } else if (s.kind === 'recommendation') {
      if (s.text !== '' ? recommendation === null || recommendation === '' : recommendation === null) recommendation = s.text;
    } else if (s.kind === 'attachments') {
      for (const a of attachmentsOf(doc, s)) attachments.push(a);
    }
  }
  const { outcome, outcomes } = classifyOutcomes(decision);
  const item: AgendaItem = {
    number: d.written ?? d.number,
    title,
    closed: d.toc?.closed === true || isClosed(title, tocTitle, titleLines, seg.sections),
    line: d.start + 1,
    endLine: to + 1,
    titleLines,
    sections,
    decision,
    recommendation,
    outcome,
    outcomes,
    attachments,
  };
  return { item, decisions };
}

/**
 * A page title that names the document, the site or the meeting rather than an item: `Referat`, `Dagsordener og
 * referater`, `Vejle Kommune`, a breadcrumb, a date, a committee.
 */
const PAGE_TITLE_NOT_ITEM = /^(?:referat|dagsorden|beslutningsprotokol|mødereferat|protokol|forside|region )|dagsordener|\d{1,2}[-./]\d{1,2}[-./]\d{2,4}|\b\d{4}-\d{2}-\d{2}\b|(?:udvalget|rådet|bestyrelsen|nævnet|kommune|regionen|folketinget|møde|mødet)$|[›>|/]/i;

/**
 * The line just above a one-item page's `Punkt 12` (a blank line between them), where it reads as the item's title:
 * `Anlægsbevilling til renovering af Ryesgade Skole` under the meeting's facts. Not a fact (`Mødested: …`, a date),
 * the document's or the site's name, or the committee.
 */
function pageTitleAbove(doc: Doc, start: number, committee: string | null, facts: ReadonlySet<number>): string | null {
  if (start < 2 || !doc.blank[start - 1]) return null;
  let k = start - 1;
  while (k >= 0 && doc.blank[k]) k--;
  if (k < 0 || facts.has(k)) return null;
  const sq = doc.sq[k]!;
  if (sq.length < 8 || sq.length > 200 || sq.includes(':') || sq === committee || !/^\p{Lu}/u.test(sq) || PAGE_TITLE_NOT_ITEM.test(sq) || findDate(sq) !== null) return null;
  return doc.heading(k) === null && doc.committee(k) === null ? sq : null;
}

/** A `Beslutningsprotokol` line above the items: the document records decisions only. */
function isDecisionProtocol(doc: Doc, headerEnd: number): boolean {
  // (A title line, `Beslutningsprotokol for Kulturudvalgets 27. møde`, not a sentence: `Beslutningsprotokol fra mødet den
  // 9. april er vedlagt …`.)
  for (let i = 0; i < headerEnd && i < 60; i++) if (!doc.blank[i] && /^beslutningsprotokol\b/i.test(doc.sq[i]!) && doc.sq[i]!.length <= 80 && !/ (?:er|blev|var|vedlagt|vedlægges)\b|\.$/u.test(doc.sq[i]!)) return true;
  return false;
}

/**
 * In a decision protocol without any section heading (`Punkt 1. Godkendelse af dagsorden` / `Dagsordenen blev
 * godkendt.`), the text under each title is its decision.
 */
function protocolDecisions(items: AgendaItem[]): void {
  if (items.length < 2 || items.some((it) => it.sections.some((x) => x.heading !== null || x.kind !== 'other'))) return;
  for (const it of items) {
    const text = it.sections.map((x) => x.text).filter((t) => t !== '').join('\n\n');
    if (text === '') continue;
    for (const x of it.sections) x.kind = 'decision';
    it.decision = text;
    const { outcome, outcomes } = classifyOutcomes(text);
    it.outcome = outcome;
    it.outcomes = outcomes;
  }
}

/** `Lukket punkt` in a title, the contents title or a title line, or opening one of the first two sections. */
function isClosed(title: string | null, tocTitle: string | null, titleLines: AgendaItem['titleLines'], sections: readonly SectionDraft[]): boolean {
  const closedTitle = (x: string) => LUKKET_GATE.test(x) && CLOSED.test(x);
  if (closedTitle(title ?? '') || closedTitle(tocTitle ?? '')) return true;
  for (const tl of titleLines) if (closedTitle(tl.text)) return true;
  // `Lukket punkt`, or a bare `Lukket` marker line (web pages mark each item `Åben` or `Lukket`).
  for (let k = 0; k < sections.length && k < 2; k++) if (/^(?:lukket(?: (?:punkt|sag|dagsordenspunkt)\b|$|\n)|fortroligt punkt\b|punktet er lukket\b)/i.test(sections[k]!.text)) return true;
  return false;
}

/** Facts that some exports state only inside a decision (per-item pages): committee, date, start and end times. */
function collectBodyFacts(doc: Doc, decisions: readonly SectionDraft[], number: string | null, facts: MeetingFacts): void {
  let lastBy: { by: RegExpExecArray; line: number; sq: string; date: string } | null = null;
  for (const s of decisions) {
    for (let i = s.start; i <= s.end; i++) {
      const sq = doc.sq[i]!;
      if (!facts.committee) {
        const c = matchCommitteeLineSquashed(sq);
        if (c && ((c.number !== null && c.number === number) || (facts.date && findDate(c.date) === facts.date))) {
          facts.committee = c.committee;
          facts.bodyFacts.push({ field: 'committee', label: null, value: sq, line: i + 1, endLine: i + 1 });
        }
        // (`Beslutning Økonomi- og Erhvervsudvalget den 10-06-2024` heading an item's own decision on its own page; of
        // several, the latest: `Beslutning Økonomiudvalget …` above `Beslutning Byrådet …` is the case's way there, and
        // an earlier decision quoted below is its history.)
        const by = i === s.start ? DECISION_BY.exec(sq) : null;
        const byDate = by ? findDate(by[2]!) : null;
        if (by && byDate && (lastBy === null || byDate > lastBy.date)) lastBy = { by, line: i, sq, date: byDate };
        const g = sq.includes('s beslutning i mødet den ') ? GENITIVE_MEETING.exec(sq) : null;
        if (g) {
          facts.committee = g[1]!;
          facts.bodyFacts.push({ field: 'committee', label: null, value: sq, line: i + 1, endLine: i + 1 });
          if (!facts.date) {
            facts.date = findDate(g[2]!);
            facts.bodyFacts.push({ field: 'date', label: null, value: sq, line: i + 1, endLine: i + 1 });
          }
        }
      }
      const modet = MODET_GATE.test(sq);
      if (modet) endedAt(sq, i, facts);
      const se = modet ? STARTED_ENDED.exec(sq) : null;
      if (se && facts.date && !facts.start) {
        const [a, b] = findTimes(`${se[1]} ${se[2]}`);
        facts.start = a ? `${facts.date}T${a}` : null;
        facts.end = b ? `${facts.date}T${b}` : facts.end;
        facts.bodyFacts.push({ field: 'time', label: null, value: sq, line: i + 1, endLine: i + 1 });
      }
    }
  }
  if (lastBy !== null && !facts.committee) {
    const { by, line, sq } = lastBy;
    facts.committee = by[1]!;
    facts.bodyFacts.push({ field: 'committee', label: null, value: sq, line: line + 1, endLine: line + 1 });
    if (!facts.date) {
      facts.date = lastBy.date;
      facts.bodyFacts.push({ field: 'date', label: null, value: sq, line: line + 1, endLine: line + 1 });
    }
  }
}

/** A marker line that some exports put above each item: `Åbent punkt`, `Lukket punkt`, `Åben sag`, `Lukket sag`. */
const ITEM_MARKER = /^(?:Åben|Åbent|Lukket|ÅBEN|ÅBENT|LUKKET) (?:punkt|sag|PUNKT|SAG)$/;

/**
 * The line of an item marker that ends item `d` (lines up to `to`) on the line right above the next item's heading,
 * or -1. Not when the marker is the item's only text besides its title: `52. Udbud` / `Udbud` / `Lukket punkt` is item
 * 52's own marker.
 */
function markerAbove(doc: Doc, d: ItemDraft, to: number): number {
  if (to <= d.start || doc.blank[to] || !ITEM_MARKER.test(doc.sq[to]!)) return -1;
  const titles = [d.bodyTitle, d.toc?.title].filter((t): t is string => !!t).map(foldKey);
  for (let i = d.start + 1; i < to; i++) {
    if (doc.blank[i] || d.titleLines.includes(i)) continue;
    if (!titles.includes(doc.key(i))) return to;
  }
  return -1;
}

/** The line of a group heading that ends item `d` (lines up to `to`, blank lines after it allowed), or -1. */
function groupAbove(doc: Doc, d: ItemDraft, to: number, next: ItemDraft): number {
  let m = to;
  while (m > d.start && doc.blank[m]) m--;
  if (m <= d.start + 1 || !groupHeading(doc.sq[m]!, next.number)) return -1;
  return m;
}

/** Where a meeting's closing begins: signatures, or the closing time said in a sentence. */
const CLOSING = /^(?:underskrift(?:er|sblad|ssider?)?|underskrevet af|mødet (?:blev )?(?:hævet|afsluttet|afsluttedes|sluttede|slut)(?: kl\.? ?\d{1,2}[.:]\d{2})?)[:.]?$/i;

/**
 * The first closing line in the last item (lines (from, to]), or -1. It must follow text of its own section (a
 * decision reading only `Mødet blev hævet kl. 21.00.` keeps it), and everything after it is the closing too.
 */
function closingStart(doc: Doc, from: number, to: number): number {
  for (let j = from + 1; j <= to; j++) {
    if (doc.blank[j]) continue;
    // Every closing line starts with `u` or `m` (either case): most lines end here without the regex.
    const c = doc.sq[j]!.charCodeAt(0) | 0x20;
    if ((c !== 117 && c !== 109) || !CLOSING.test(doc.sq[j]!)) continue;
    let k = j - 1;
    while (k > from && doc.blank[k]) k--;
    // (A heading above it with its text on its line, `Beslutning: Intet.`, is a decision the closing follows.)
    return k > from && (doc.heading(k) === null || doc.heading(k)!.inline !== null) ? j : -1;
  }
  return -1;
}

/** A cookie banner's words: `Denne hjemmeside bruger cookies`, `Vi anvender cookies til …`. */
const COOKIE_BANNER = /(?:bruger|anvender|benytter) cookies|^(?:accepter|afvis|tillad) (?:alle )?cookies|cookie-?indstillinger/i;

/** The first `Til toppen` line in the last item (lines (from, to]), or -1. */
function footerStart(doc: Doc, from: number, to: number): number {
  let next = from + 1;
  for (let j = from + 1; j <= to; j++) {
    if (doc.blank[j] || (doc.sq[j]!.charCodeAt(0) | 0x20) !== 116 || !PAGE_FOOTER.test(doc.sq[j]!)) continue;
    // A page with `Til toppen` after every section: only the last one, with no heading after it, starts the footer.
    // (A cookie banner's `Indstillinger` button is no heading: the banner ends the page.)
    let heading = false;
    for (let k = Math.max(j + 1, next); k <= to && !heading; k++) {
      if (doc.blank[k]) continue;
      if (COOKIE_BANNER.test(doc.sq[k]!) || isBoilerplate(doc.sq[k]!)) break;
      if (doc.heading(k) !== null) {
        heading = true;
        // (The scan for the next `Til toppen` goes on from here: linear however many there are.)
        next = k + 1;
      }
    }
    if (!heading) return j;
  }
  return -1;
}

/** The end time from a closing (`Mødet blev hævet kl. 14.35.`), as collectBodyFacts reads it from decisions. */
function closingFacts(doc: Doc, from: number, to: number, facts: MeetingFacts): void {
  for (let i = from; i <= to && !facts.end; i++) if (!doc.blank[i] && MODET_GATE.test(doc.sq[i]!)) endedAt(doc.sq[i]!, i, facts);
}

/** `Mødet blev hævet kl. 14.35.` on line i: the meeting's end, when the date is known and the end is not yet. */
function endedAt(sq: string, i: number, facts: MeetingFacts): void {
  if (facts.end || !facts.date || !MEETING_ENDED.test(sq)) return;
  const t = findTimes(sq)[0];
  if (!t) return;
  facts.end = `${facts.date}T${t}`;
  facts.bodyFacts.push({ field: 'end', label: null, value: sq, line: i + 1, endLine: i + 1 });
}

/** The header's participants, completed from absence sentences in the body when the header names nobody absent. */
export function meetingParticipants(doc: Doc, fromHeader: Participant[], items: readonly AgendaItem[]): Participant[] {
  if (fromHeader.some((p) => p.absent)) return fromHeader;
  return [...fromHeader, ...absentFromBody(doc, items).filter((p) => !fromHeader.some((q) => q.name === p.name))];
}

/**
 * Minutes when the document calls itself so (`label`: its title and header lines) or any decision is filled in; an
 * agenda prints the `Beslutning` headings its minutes will fill in, and an empty one is no decision.
 */
export function meetingKind(label: string, items: readonly AgendaItem[]): Meeting['kind'] {
  const hasDecision = items.some((it) => it.decision !== null && it.decision !== '');
  return /referat|beslutningsprotokol|protokol/i.test(label) || hasDecision ? 'minutes' : 'agenda';
}

export function assemble(doc: Doc, opts: AssembleOptions = {}): MeetingBody {
  const tocLimit = firstHeadingLine(doc);
  const toc: TocDraft | null = findToc(doc, 0, tocLimit);
  const bodyFrom = toc ? (toc.gluedBodyLine ?? toc.end + 1) : 0;
  const drafts = findItems(doc, toc, bodyFrom);
  const firstItem = drafts[0]?.start ?? doc.n;
  const headerEnd = toc ? toc.start : firstItem;
  const header = parseHeader(doc, 0, headerEnd, opts.header);
  const weakDecisions = !hasStrongDecision(doc);
  const unassigned: Unassigned[] = [];
  const addUnassigned = (reason: Unassigned['reason'], a: number, b: number) => {
    if (b < a) return;
    unassigned.push({ reason, text: textOf(doc, a, b), line: a + 1, endLine: b + 1 });
  };

  const facts: MeetingFacts = { committee: header.committee, date: header.date, start: header.start, end: header.end, bodyFacts: [] };
  const items: AgendaItem[] = [];
  // A `Lukket punkt` marker that stood right above this item's heading (and so was cut from the item before).
  let markedClosed = false;
  // Under a group heading such as `C. Lukkede sager`: set by the item before, for this item and the ones after it.
  let inClosedGroup = false;
  let closedGroup = false;
  for (let k = 0; k < drafts.length; k++) {
    const d = drafts[k]!;
    const last = k + 1 === drafts.length;
    let to = last ? doc.n - 1 : drafts[k + 1]!.start - 1;
    // `Åbent punkt` / `Lukket punkt` right above the next item's heading marks that item, not this one's text.
    let nextClosed = false;
    const marker = last ? -1 : markerAbove(doc, d, to);
    if (marker >= 0) {
      addUnassigned('boilerplate', marker, to);
      nextClosed = /^lukket/i.test(doc.sq[marker]!);
      to = marker - 1;
    }
    // `B. Sager til orientering`, `C. Lukkede sager` between two items: a group heading, not this item's text; under a
    // closed group every item is closed.
    const group = last ? -1 : groupAbove(doc, d, to, drafts[k + 1]!);
    if (group >= 0) {
      addUnassigned('boilerplate', group, to);
      closedGroup = groupHeading(doc.sq[group]!, drafts[k + 1]!.number)!.closed;
      to = group - 1;
    }
    // After the last item of a web page: `Til toppen` and the site footer under it.
    const footer = last ? footerStart(doc, d.start, to) : -1;
    if (footer >= 0) {
      addUnassigned('boilerplate', footer, to);
      to = footer - 1;
    }
    // After the last item: signatures and the closing time (`Underskrifter`, `Mødet blev hævet kl. 14.35.`).
    const closing = last ? closingStart(doc, d.start, to) : -1;
    if (closing >= 0) {
      closingFacts(doc, closing, to, facts);
      addUnassigned('trailing', closing, to);
      to = closing - 1;
    }
    // Trailing web boilerplate (`Til toppen`, `• Udskriv`) belongs to no item.
    let t = to;
    while (t > d.start && (doc.blank[t] || isBoilerplate(doc.sq[t]!))) t--;
    let firstBoiler = -1;
    for (let j = t + 1; j <= to; j++) if (!doc.blank[j] && isBoilerplate(doc.sq[j]!)) { firstBoiler = j; break; }
    if (firstBoiler > 0) {
      addUnassigned('boilerplate', firstBoiler, to);
      to = firstBoiler - 1;
    }
    // `Referat:` / `Konklusion:` as the decision label: in a document without any strong decision heading, or in an
    // item without one (minutes that write `Afgørelse:` in one item and `Konklusion:` in the others).
    const built = buildItem(doc, d, to, facts.date, weakDecisions || !hasStrongDecision(doc, d.start, to), facts.committee);
    if (markedClosed || inClosedGroup) built.item.closed = true;
    inClosedGroup = closedGroup;
    markedClosed = nextClosed;
    items.push(built.item);
    collectBodyFacts(doc, built.decisions, d.number, facts);
  }
  if (isDecisionProtocol(doc, headerEnd)) protocolDecisions(items);
  let { committee, date } = facts;
  const { start, end, bodyFacts } = facts;

  // Tiling: header block, TOC block, items and explicit unassigned blocks cover every line exactly once.
  let headerBlock: Meeting['headerBlock'] = null;
  const headerFieldLines = header.fields.map((f) => f.line - 1).filter((l) => l < headerEnd);
  if (headerEnd > 0) {
    const firstField = headerFieldLines.length > 0 ? Math.min(...headerFieldLines) : headerEnd;
    addUnassigned('preamble', 0, firstField - 1);
    if (firstField < headerEnd) headerBlock = { line: firstField + 1, endLine: headerEnd };
  }
  let tocBlock: Meeting['tocBlock'] = null;
  if (toc) {
    const tocEnd = (toc.gluedBodyLine !== null ? toc.gluedBodyLine : firstItem) - 1;
    const last = Math.max(toc.start, Math.min(tocEnd, doc.n - 1));
    if (toc.gluedBodyLine === null || toc.gluedBodyLine > toc.start) {
      tocBlock = { heading: toc.heading, line: toc.start + 1, endLine: Math.min(last, firstItem - 1) + 1 };
      if (tocBlock.endLine < tocBlock.line) tocBlock = null;
    }
    const covered = tocBlock ? tocBlock.endLine : toc.start;
    if (drafts.length === 0) addUnassigned('unrecognised', covered, doc.n - 1);
    else if (covered < firstItem) addUnassigned('unrecognised', covered, firstItem - 1);
  } else if (drafts.length === 0 && headerEnd < doc.n) {
    addUnassigned('unrecognised', headerEnd, doc.n - 1);
  }
  unassigned.sort((a, b) => a.line - b.line);

  const tocEntries: TocEntry[] = (toc?.entries ?? []).map((e) => ({
    number: e.written ?? e.number,
    title: e.title,
    page: e.page,
    closed: e.closed,
    line: e.index + 1,
  }));
  numberFromMarkers(items, tocEntries);
  if (!committee && header.title) committee = committeeFromTitle(header.title) ?? committeeFromMeetingWord(header.title);
  // `Godkendelse af dagsorden for KB den 22. januar 2020`: the meeting named in its first item.
  if ((!committee || !date) && items[0]) {
    const first = items[0];
    for (const text of [first.title ?? '', ...first.sections.map((x) => x.text)]) {
      const m = /\bdagsorden(?:en)? (?:for|til) (.{2,60}?) (?:den|d\.) (\d.{4,20}\d{4})/i.exec(text.replace(/\s+/gu, ' '));
      if (m) {
        const line = first.sections.find((x) => x.text === text)?.line ?? first.line;
        if (!committee) bodyFacts.push({ field: 'committee', label: null, value: m[0], line, endLine: line });
        if (!date) bodyFacts.push({ field: 'date', label: null, value: m[0], line, endLine: line });
        committee = committee ?? expandCommittee(m[1]!);
        date = date ?? findDate(m[2]!);
        break;
      }
    }
  }
  // Last: the club or company the first line names (`Holbæk Roklub` over `Referat af ordinær generalforsamling`).
  if (!committee && header.title) committee = organisationInTitle(header.title);
  // An item's own page (`Regulativ for husholdningsaffald - endelig vedtagelse` / … / `Punkt 6` / `Sagsnr.: …`): the
  // page's title is the item's, where the item has none of its own.
  const only = items.length === 1 ? items[0]! : null;
  if (only && only.title === null) {
    // (Never a line the header read as a fact: `Mødelokale 1, Rådhuset` over `Punkt 6` is the place.)
    const facts = new Set(header.fields.flatMap((f) => Array.from({ length: f.endLine - f.line + 1 }, (_, k) => f.line - 1 + k)));
    only.title = pageTitleAbove(doc, only.line - 1, committee, facts) ?? (header.title && header.title !== committee && !PAGE_TITLE_NOT_ITEM.test(header.title) ? header.title : null);
  }
  const participants = meetingParticipants(doc, header.participants, items);
  // What the document calls itself: its title, the meeting field, and the unlabelled header lines (`Referat af møde den …`).
  const label = [header.title ?? '', header.fields.find((f) => f.field === 'meeting')?.value ?? '', ...header.fields.filter((f) => f.label === null && f.field === 'date').map((f) => f.value)].join(' ');
  const kind = meetingKind(label, items);
  return {
    kind,
    title: header.title,
    committee: committee === null ? null : displayName(committee),
    date,
    published: header.published,
    start,
    end,
    location: header.location,
    participants,
    headerBlock,
    header: [...header.fields, ...bodyFacts],
    tocBlock,
    toc: tocEntries,
    items,
    unassigned,
  };
}

/** `IV. Renovering af taget`, `B) Lokalplan 12`: a roman numeral or a capital letter numbering an item. */
const TITLE_NUMBER = [ROMAN_TITLE, LETTER_TITLE];

/**
 * Items found without numbers whose titles start with a roman numeral or a capital letter (a parish council's `I.`–`V.`):
 * that is their number, and the rest their title, in the items and the contents alike. Only where at least two items
 * are numbered so, all with the same kind of marker.
 */
function numberFromMarkers(items: AgendaItem[], toc: TocEntry[]): void {
  for (const re of TITLE_NUMBER) {
    const hits = items.filter((it) => it.number === null && it.title !== null && re.test(it.title));
    if (hits.length < 2 || items.some((it) => it.number !== null)) continue;
    for (const x of [...hits, ...toc.filter((e) => e.number === null && re.test(e.title))]) {
      const m = re.exec(x.title!)!;
      x.number = m[1]!;
      x.title = m[2]!;
    }
    return;
  }
}
