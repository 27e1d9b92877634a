// The table of contents: found after a label (`PUNKTER`, `Indhold`, `Indholdsfortegnelse`) or as a leading run of
// numbered lines; entries one per line or squashed into one line by a PDF-to-text export (`89. Title...i 90. …`).
import { type Doc, nextNonBlank } from './doc.js';
import { cleanLine, foldKey, joinWrapped, titleSimilarity } from './text.js';
import { CASE_TITLE, canonicalNumber, followsNumber, glueNumberLetter, numberValue } from './numbers.js';

export interface TocEntryDraft {
  /** The number as compared (`canonicalNumber`), and as written. */
  number: string | null;
  written?: string | null;
  title: string;
  page: string | null;
  closed: boolean;
  index: number;
}

export interface TocDraft {
  heading: string | null;
  /** 0-based first and last line of the TOC block (the last may be shared with the first item, see `bodyStart`). */
  start: number;
  end: number;
  entries: TocEntryDraft[];
  /** When the last line holds the end of the TOC glued to the first item (`10. Eventuelt1. Orientering …`). */
  gluedBodyLine: number | null;
}

const TOC_LABELS = new Set(['punkter', 'indhold', 'indholdsfortegnelse', 'indholdsliste', 'dagsorden', 'dagsordenpunkter', 'dagsordenspunkter', 'punktoversigt', 'punktliste', 'punkter på dagsordenen', 'fortegnelse over sager']);

/** Contents lines by their first character: a digit, `p`/`P`, a bullet (any of them), `§`, `(`, `s`/`S`. */
const DIGIT_ENTRIES: RegExp[] = [
  // `2.1. Økonomiforhandlinger 2025` under a numbered group (KL); a sub-entry under an entry is skipped before.
  /^(\d{1,2}\.\d{1,2})\.? (\p{Lu}.*)$/u,
  /^(\d{1,4}[a-zA-Z]?)[.)] ?(\S.*)$/u,
  // `3 - Title`
  /^(\d{1,4}[a-z]?) [-–] (\p{Lu}.*)$/u,
  // `1 Godkendelse af dagsorden` — only ever read after a contents label.
  /^(\d{1,3}) (\p{Lu}.*)$/u,
];
const DIGIT_ENTRIES_PLAIN = DIGIT_ENTRIES.slice(1);
const WORD_ENTRIES: RegExp[] = [
  /^(?:[•·▪◦*-] ?)?punkt ?(?:nr\.? ?)?(\d{1,4}(?:[a-z]| [a-z](?=[.:]|$))?)(?: af \d{1,4})?[.:]? ?(.*)$/i,
  /^(?:[•·▪◦*-] ?)?pkt\.? ?(\d{1,4}(?:[a-z]| [a-z](?=[.:]|$))?)[.:]? ?(.*)$/i,
];
const BULLET_ENTRIES: RegExp[] = [...WORD_ENTRIES, /^(?:[•·▪◦*-] ?)?(\d{1,4}[a-zA-Z]?)[.)] ?(\S.*)$/u];
const SECTION_ENTRIES: RegExp[] = [/^§ ?(\d{1,4}[a-z]?)\.? (\p{Lu}.*)$/u];
const PAREN_ENTRIES: RegExp[] = [/^\((\d{1,4}[a-z]?)\) ?(\p{Lu}.*)$/u];
// `Sag nr. 45 Title`, `Sag 4a: Title`
const SAG_ENTRIES: RegExp[] = [/^sag (?:nr\.? ?)?(\d{1,4}(?:[a-z]|\/(?:19|20)\d{2})?)[.:]? (\S.*)$/i];

export const CLOSED = /\blukket (?:punkt|sag|møde|dagsordenspunkt)\b|\(lukket\)|^lukket\b|[-–] lukket$|\bfortroligt punkt\b|\(fortroligt?\)|^fortroligt?\b/i;

/** Splits `Title.....\t3` or `Title...xv` into title and page. */
export function splitLeader(text: string): { title: string; page: string | null } {
  // Fast path (same result): without a tab and a leader only a trailing lower-case roman numeral can be a page, and
  // that needs the line to end in one of its letters.
  if (text.indexOf('\t') === -1 && text.indexOf('...') === -1 && text.indexOf('…') === -1) {
    const t = text.trim();
    if (!isRomanLetter(t.charCodeAt(t.length - 1))) return { title: t, page: null };
    const m = /^(.*\S) ((?:[ivxlc]{1,6})|\d{1,3})$/u.exec(t);
    if (m && /[ivxlc]/u.test(m[2]!) && m[2] === m[2]!.toLowerCase()) return { title: m[1]!, page: m[2]! };
    return { title: t, page: null };
  }
  return splitLeaderSlow(text);
}

/** i, v, x, l, c. */
function isRomanLetter(c: number): boolean {
  return c === 105 || c === 118 || c === 120 || c === 108 || c === 99;
}

function splitLeaderSlow(text: string): { title: string; page: string | null } {
  // `Title<TAB>3`, `Title<TAB>Side 3`: a tab before a trailing number separates the page.
  const tab = text.indexOf('\t') === -1 ? null : /^(.*\S)\t+\s*(?:Side |side |s\. ?)?(\d{1,4}|[ivxlc]{1,6})\s*$/u.exec(text);
  if (tab && !/(?:\.{3,}|…)/u.test(tab[1]!)) return { title: tab[1]!.trim(), page: tab[2]! };
  const t = text.replace(/\t/g, ' ');
  const lead = /(?:\.{3,}|…+)/u.exec(t);
  if (lead) {
    const after = t.slice(lead.index + lead[0].length).trim();
    const page = /^([ivxlcdm]+|\d{1,4})\b/i.exec(after)?.[1] ?? null;
    return { title: t.slice(0, lead.index).trim(), page };
  }
  const m = /^(.*\S) ((?:[ivxlc]{1,6})|\d{1,3})$/u.exec(t.trim());
  if (m && /[ivxlc]/u.test(m[2]!) && m[2] === m[2]!.toLowerCase()) return { title: m[1]!, page: m[2]! };
  return { title: t.trim(), page: null };
}

/** A bullet a contents line may start with before its number: • · ▪ ◦ * -. */
function isEntryBullet(c: number): boolean {
  return c === 0x2022 || c === 0xb7 || c === 0x25aa || c === 0x25e6 || c === 42 || c === 45;
}

function leadingDigits(s: string): number {
  let d = 0;
  while (d < s.length && s.charCodeAt(d) >= 48 && s.charCodeAt(d) <= 57) d++;
  return d;
}

/** How a contents line numbers its entry: `§ 1`, `(1)` or otherwise. */
function entryStyle(line: string): string {
  const c = line.charAt(0);
  return c === '§' || c === '(' ? c : '';
}

function parseEntry(line: string): { number: string; written: string; title: string } | null {
  // Each list holds the patterns that can match a line starting so; the others are not tried.
  const c = line.charCodeAt(0);
  let sq = line;
  let patterns: RegExp[];
  if (c >= 48 && c <= 57) {
    const d = leadingDigits(line);
    sq = glueNumberLetter(line, d);
    // (The decimal pattern only for `2.1…`: a digit after the first number's period.)
    const decimal = sq.charCodeAt(d) === 46 && sq.charCodeAt(d + 1) >= 48 && sq.charCodeAt(d + 1) <= 57;
    patterns = decimal ? DIGIT_ENTRIES : DIGIT_ENTRIES_PLAIN;
  } else if (c === 112 || c === 80) patterns = WORD_ENTRIES;
  else if (isEntryBullet(c)) patterns = BULLET_ENTRIES;
  else if (c === 0xa7) patterns = SECTION_ENTRIES;
  else if (c === 40) patterns = PAREN_ENTRIES;
  else if (c === 115 || c === 83) patterns = SAG_ENTRIES;
  else return null;
  for (const re of patterns) {
    const m = re.exec(sq);
    if (m) return { number: canonicalNumber(m[1]!), written: m[1]!, title: tidyTitle(m[2] ?? '') };
  }
  return null;
}

/** `title.replace(/^[-–—:.] ?/u, '').trim()`. */
function tidyTitle(title: string): string {
  const c = title.charCodeAt(0);
  if (c === 45 || c === 0x2013 || c === 0x2014 || c === 58 || c === 46) return title.slice(title.charCodeAt(1) === 32 ? 2 : 1).trim();
  return title.trim();
}

/** `CLOSED.test(title)`; every alternative holds `lukket`, so a title without it (in any case) is not closed. */
function isClosed(title: string): boolean {
  return title.toLowerCase().indexOf('lukket') !== -1 && CLOSED.test(title);
}

function makeEntry(number: string | null, text: string, index: number, split = splitLeader(text)): TocEntryDraft {
  const { title, page } = split;
  return { number, title, page, closed: isClosed(title), index };
}

/** Entries squashed into one line: `… 89. Title...i 90. Title...ii …`. */
function squashedEntries(sq: string, index: number): TocEntryDraft[] {
  const starts: Array<{ at: number; num: string; from: number }> = [];
  const re = /(?:^|\s)(\d{1,4})\. (?=[\p{Lu}\d])/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(sq)) !== null) starts.push({ at: m.index, num: m[1]!, from: m.index + m[0].length });
  const out: TocEntryDraft[] = [];
  for (let k = 0; k < starts.length; k++) {
    const s = starts[k]!;
    const to = k + 1 < starts.length ? starts[k + 1]!.at : sq.length;
    out.push(makeEntry(s.num, sq.slice(s.from, to), index));
  }
  // keep only a plausible increasing run
  return out.filter((e, k) => k === 0 || Number(e.number) > Number(out[k - 1]!.number));
}

/**
 * Finds the table of contents in lines [from, to). Returns null when there is none. `bodyHint` tells where the body
 * certainly starts (the first item heading of a format that knows it), if known.
 */
export function findToc(doc: Doc, from = 0, to = doc.n): TocDraft | null {
  // The list that comes first: a labelled one, or one under a group heading above it (an `Indhold` list quoted in an
  // item further down is no contents of the minutes).
  const labelled = labelledToc(doc, from, to);
  return groupToc(doc, from, labelled === null ? to : labelled.start, to) ?? labelled;
}

/**
 * `Åbent møde` / `Åbne punkter` over the list of items, with no contents label: the contents where the list is entries
 * only and its first entry stands again below it. Only among the first 200 lines, and at most three tries (each reads
 * the rest of the file once).
 */
function groupToc(doc: Doc, from: number, before: number, to: number): TocDraft | null {
  let tries = 0;
  for (let i = from; i < before && i < from + 200 && tries < 3; i++) {
    if (doc.blank[i]) continue;
    const sq = doc.sq[i]!;
    if (sq.length > 40 || !GROUP_HEADING.test(sq)) continue;
    tries++;
    const toc = entriesAfter(doc, i, i + 1, to, sq);
    if (toc && toc.entries.length >= 2 && toc.gluedBodyLine === null && entriesOnly(doc, toc) && titleRepeatedBelow(doc, toc.entries[0]!, toc.end + 1)) return toc;
  }
  return null;
}

function labelledToc(doc: Doc, from: number, to: number): TocDraft | null {
  for (let i = from; i < to; i++) {
    if (doc.blank[i]) continue;
    const sq = doc.sq[i]!;
    const c = sq.charCodeAt(0);
    // A label on its own line. (The longest label has 22 characters and every label starts with `p`, `i`, `d` or `f`;
    // lower-casing never shortens a string, and only `P`, `I`, `D`, `F` lower-case to those letters — `İ` becomes `i` plus a
    // combining dot, which no label has.)
    if (sq.length <= 23 && (c === 112 || c === 80 || c === 105 || c === 73 || c === 100 || c === 68 || c === 102 || c === 70)) {
      const low = sq.toLowerCase().replace(/:$/u, '');
      if (TOC_LABELS.has(low)) {
        const toc = entriesAfter(doc, i, i + 1, to, sq) ?? unnumberedList(doc, i, sq);
        if (toc && toc.entries.length > 0) return toc;
        continue;
      }
    }
    // A label glued to its first entry or to a squashed list of entries: the line starts with a digit or `i`/`p`.
    if (!((c >= 48 && c <= 57) || c === 105 || c === 73 || c === 112 || c === 80)) continue;
    const glued = /^(?:\d{1,3} )?(indholdsfortegnelse|indhold|punkter)\s?(.*)$/i.exec(sq);
    if (glued && glued[2] !== '') {
      const rest = glued[2]!;
      const squashed = squashedEntries(rest, i);
      if (squashed.length >= 2) return { heading: glued[1]!, start: i, end: i, entries: squashed, gluedBodyLine: null };
      // `Indholdsfortegnelse1. Fraværende`: a collapsed TOC whose only visible entry is the first item's heading.
      return null;
    }
  }
  return null;
}

/**
 * `Dagsorden:` over a list of titles without numbers (`Godkendelse af dagsorden` / `Nyt fra formanden` / …), each of
 * which stands again later in the body, alone after a blank line and in the list's order: the contents of minutes
 * whose items are not numbered. Null unless every title (at least two) is found so.
 */
function unnumberedList(doc: Doc, labelLine: number, heading: string): TocDraft | null {
  let i = labelLine + 1;
  if (i < doc.n && doc.blank[i]) i++;
  const titles: number[] = [];
  for (; i < doc.n && !doc.blank[i] && titles.length <= 40; i++) {
    const sq = doc.sq[i]!;
    if (sq.length < 3 || sq.length > 120 || sq.includes(':') || (/^\d/u.test(sq) && !CASE_TITLE.test(sq)) || doc.heading(i) !== null) return null;
    titles.push(i);
  }
  if (titles.length < 2) return null;
  let at = titles[titles.length - 1]! + 1;
  for (const t of titles) {
    const key = doc.key(t);
    if (key === '') return null;
    let j = at;
    while (j < doc.n && !(doc.key(j) === key && !doc.blank[j] && (j === 0 || doc.blank[j - 1]))) j++;
    if (j >= doc.n) return null;
    at = j + 1;
  }
  return { heading, start: labelLine, end: titles[titles.length - 1]!, entries: titles.map((t) => makeEntry(null, doc.sq[t]!, t)), gluedBodyLine: null };
}

/** Column headings over the contents (`Sag nr.    Side`, `Punkt   Titel   Side`): every word one of these. */
const COLUMN_WORDS = new Set(['sag', 'sager', 'sagsnr', 'sagsnummer', 'nr', 'punkt', 'pkt', 'dagsordenspunkt', 'titel', 'sagstitel', 'emne', 'overskrift', 'tekst', 'side', 'sidetal', 'sidenr']);

function isColumnHeadings(sq: string): boolean {
  if (sq.length > 60) return false;
  const words = sq.toLowerCase().split(/[\s.:]+/u).filter((w) => w !== '');
  return words.length > 0 && words.every((w) => COLUMN_WORDS.has(w));
}

/**
 * A heading that groups items, in the contents or between items in the body: `Åbne sager`, `B. Sager til orientering`,
 * `C. Lukkede sager`, `Lukket møde`. `closed`: the items under it are closed. (`Lukket punkt` marks one item.)
 */
/** An entry's status badge on a line of its own. */
const STATUS_LINE = /^(?:åbent|lukket) punkt$/i;

/** A supplementary agenda's heading, whose items may be numbered from 1 again. */
const SUPPLEMENT = /^(?:[A-H][.)] )?(?:tillægsdagsorden|supplerende dagsorden|tillægspunkter)$/i;

const GROUP_HEADING =
  /^(?:[A-H][.)] )?(?:(?:sager|punkter) (?:til|under) (?:beslutning|orientering|drøftelse|godkendelse|udtalelse)|(?:åbne?|åben|åbent|lukkede?|lukket|fortrolige) (?:sager|punkter|møde|dagsorden|del)|(?:beslutnings|orienterings|drøftelses|godkendelses)(?:sager|punkter)|tillægsdagsorden|supplerende dagsorden|tillægspunkter)$/i;

export function groupHeading(sq: string, next: string | null = null): { closed: boolean } | null {
  if (GROUP_HEADING.test(sq)) return { closed: /lukke|fortrolig/i.test(sq) };
  // `2. Sager til drøftelse` over items `2.1.`, `2.2.` (KL): numbered like an item, but a group of the items under it.
  const m = NUMBERED_GROUP.exec(sq);
  return m && next !== null && next.startsWith(`${m[1]}.`) && GROUP_HEADING.test(m[2]!) ? { closed: /lukke|fortrolig/i.test(sq) } : null;
}

const NUMBERED_GROUP = /^(\d{1,2})\. (.+)$/u;

/** Whether a line reads as a numbered group heading (`2. Sager til drøftelse`), whatever follows it. */
function isNumberedGroup(sq: string): boolean {
  const c = sq.charCodeAt(0);
  if (c < 48 || c > 57) return false;
  const m = NUMBERED_GROUP.exec(sq);
  return m !== null && GROUP_HEADING.test(m[2]!);
}

/** Whether a line at or after `from` starts with the decimal number `n` (`2.1.` / `2.1 `): an item of the body. */
function startsLineBelow(doc: Doc, n: string, from: number): boolean {
  for (let i = from; i < doc.n; i++) if (!doc.blank[i] && doc.sq[i]!.startsWith(n) && decimalPrefix(doc.sq[i]!) === n) return true;
  return false;
}

/** The decimal number a line starts with (`2.1. …` → `2.1`), or null. */
export function decimalPrefix(sq: string): string | null {
  return /^(\d{1,2}\.\d{1,2})\.? /u.exec(sq)?.[1] ?? null;
}

/** A sub-entry (`3.1 Sundhedsområdet`): it belongs to the entry above, not an item of its own. */
const SUB_ENTRY = /^(\d{1,4})\.\d{1,2}\.? /u;

/** A page number set off by a run of spaces at the end of a contents line (`Godkendelse af dagsorden      2`, `… Side 2`). */
const SPACED_PAGE = /^(.*\S) {2,}(?:Side |side |s\. ?)?(\d{1,4})$/u;

/** `1.\tTitle` (Word's list numbering saved as text): the tab after the number is a space; tabs before a page stay. */
function numberTab(raw: string): string {
  const t = raw.indexOf('\t');
  if (t <= 0 || t > 12) return raw;
  const head = raw.slice(0, t);
  if (!/^(?:[•·▪◦*-] ?)?(?:(?:punkt|pkt\.?) ?)?\d{1,4}[a-z]?[.):]?$/i.test(head)) return raw;
  let k = t;
  while (raw.charCodeAt(k) === 9) k++;
  return `${head} ${raw.slice(k)}`;
}

function entriesAfter(doc: Doc, labelLine: number, from: number, to: number, heading: string): TocDraft | null {
  const entries: TocEntryDraft[] = [];
  const seen = new Set<string>();
  let end = labelLine;
  let glued: number | null = null;
  // The markers of the first entry, looked for in later entries (built once the first entry is known).
  let marker = '';
  let markerTight = '';
  // Under a `Lukkede sager` label: the entries are closed items.
  let closedGroup = false;
  // How the first entry is numbered (see entryStyle).
  let firstStyle = '';
  // Whether lines indented under the last entry were passed over as its sub-points or note.
  let underEntry = false;
  // Under a supplementary agenda's heading (`Tillægsdagsorden`), and the index of its first entry.
  let supplement = false;
  let supplementFrom = 0;
  for (let i = from; i < to; i++) {
    if (doc.blank[i]) continue;
    // The raw line keeps its tabs, which separate page numbers in some exports.
    // (A line whose markdown was taken off, `1. [Title](#1)`, as read.)
    const raw = doc.marked?.has(i) ? doc.sq[i]! : numberTab(cleanLine(doc.lines[i]!).trim());
    const spaced = raw.indexOf('  ') === -1 ? null : SPACED_PAGE.exec(raw);
    const prev = entries[entries.length - 1];
    // `§ 12 …` or `(1) …` under entries numbered otherwise is a title wrapped onto the next line, not an entry.
    let e = prev !== undefined && entryStyle(raw) !== firstStyle ? null : parseEntry(spaced ? spaced[1]!.replace(/ {2,}/gu, ' ') : raw.indexOf('  ') === -1 ? raw : raw.replace(/ {2,}/gu, ' '));
    // (`30. september 2024` indented under entry 11 is its title's next line.)
    // (Nor is `12. maj 2021` under `2. Godkendelse af referat fra mødet den`, indented or not.)
    if (e && prev && prev.number !== null && (doc.indent[i]! > doc.indent[prev.index]! + 1 || MONTH_FIRST.test(e.title)) && wrapsTitle(e, prev.number)) e = null;
    // `2. Sager til drøftelse` over `2.1. …`: a numbered group, no entry.
    const sq = doc.sq[i]!;
    let group: { closed: boolean } | null = null;
    // (The next line is looked at only for a line that reads as a numbered group.)
    const numberedGroup = sq.length <= 60 && isNumberedGroup(sq);
    if (!e || numberedGroup) {
      let sub: string | null = null;
      if (numberedGroup) {
        let j = i + 1;
        while (j < to && doc.blank[j]) j++;
        // A numbered group only where its items stand in the body as such (`2.1.` lines, not indented under it):
        // `4. Sager til orientering` over `   4.1 …` is an item whose sub-cases the contents list.
        sub = j < to && doc.indent[j]! <= doc.indent[i]! ? decimalPrefix(doc.sq[j]!) : null;
        if (sub !== null && !startsLineBelow(doc, sub, to)) sub = null;
      }
      group = groupHeading(sq, sub);
      if (group) e = null;
    }
    if (!e) {
      if (group) {
        closedGroup = group.closed;
        supplement = entries.length > 0 && SUPPLEMENT.test(sq);
        supplementFrom = entries.length;
        end = i;
        continue;
      }
      if (entries.length === 0 && isColumnHeadings(sq)) continue;
      // `Åbent punkt` / `Lukket punkt` under an entry (a web page's badge): the entry's status, not its title's rest.
      if (prev !== undefined && STATUS_LINE.test(sq)) {
        if (/^lukket/i.test(sq)) entries[entries.length - 1] = { ...prev, closed: true };
        end = i;
        continue;
      }
      // Sub-points or a note indented under an entry (`   a. Regnskab 1. kvartal`, `   Bestyrelsen foreslår, at …`):
      // part of that entry, when the next line at the entries' indentation is the next entry. A sub-point, or a line
      // after one, is no wrapped title (tried next).
      const indented = prev !== undefined && prev.number !== null && doc.indent[i]! > doc.indent[prev.index]! + 1;
      if (indented && (underEntry || SUB_POINT.test(sq)) && indentedUnderEntry(doc, i, to, prev.index, prev.number!)) {
        underEntry = true;
        end = i;
        continue;
      }
      // A title wrapped onto a second line: the next entry follows right after it, numbered one on.
      // (Whether blank lines part the entries, as between the last two: then a wrapped title may end in one.)
      const spaced = entries.length >= 2 ? nextNonBlank(doc, entries[entries.length - 2]!.index + 1) === prev?.index && prev.index > entries[entries.length - 2]!.index + 1 : false;
      if (prev && prev.number !== null && continuesTitle(doc, i, to, prev.number, prev.index, spaced)) {
        const spacedMore = prev.page === null ? SPACED_PAGE.exec(raw) : null;
        const more = spacedMore ? spacedMore[1]!.replace(/ {2,}/gu, ' ') : prev.page === null ? raw.replace(/ {2,}/gu, ' ') : sq;
        const split = splitLeader(joinWrapped(prev.title, more));
        entries[entries.length - 1] = { ...makeEntry(prev.number, split.title, prev.index, split), written: prev.written ?? prev.number, page: prev.page ?? spacedMore?.[2] ?? split.page, closed: prev.closed || isClosed(split.title) };
        end = i;
        continue;
      }
      if (indented && indentedUnderEntry(doc, i, to, prev.index, prev.number!)) {
        underEntry = true;
        end = i;
        continue;
      }
      break;
    }
    // `3.1 Sundhedsområdet` under `3. …`: part of that entry.
    const sub = SUB_ENTRY.exec(raw);
    if (sub && prev && prev.number === sub[1]) {
      end = i;
      continue;
    }
    const split = spaced && !/(?:\.{3,}|…|\t)/u.test(e.title) ? { title: e.title.trim(), page: spaced[2]! } : splitLeader(e.title);
    const key = `${e.number}|${foldKey(split.title)}`;
    // The same entry twice in a row (a line doubled in editing) stays an entry, which toc-mismatch reports; a repeat
    // further down is the body starting.
    const doubled = prev !== undefined && `${prev.number}|${foldKey(prev.title)}` === key;
    if (seen.has(key) && !doubled) break;
    // A title-less `Punkt 1.`, or a number back at or before the first entry's: the body has started. (An entry out
    // of order in between is an item moved without renumbering, which item-numbering reports; it stays an entry, as
    // does a repeated number with another title.)
    // (Under `Tillægsdagsorden` the items added are numbered from 1 again: its first entry starts a numbering of its own.)
    const first = supplement && entries.length > supplementFrom ? entries[supplementFrom] : entries[0];
    // (An empty `Tillægsdagsorden` at the contents' end: the body's `1. Godkendelse af dagsordenen` is its first item.)
    const restarts = supplement && entries.length === supplementFrom && titleSimilarity(e.title, entries[0]!.title) < 0.5;
    if (e.title.trim() === '' || (first && first.number !== null && numberValue(e.number) <= numberValue(first.number) && !restarts)) break; // the first item heading repeats the first entry: the body starts here
    // `10. Eventuelt1. Orientering og rundvisning Elmelunden`: the first item glued to the last entry.
    if (entries.length > 0) {
      const at = e.title.indexOf(marker);
      const atGlued = at > 0 ? at : e.title.indexOf(markerTight);
      if (atGlued > 0) {
        entries.push({ ...makeEntry(e.number, e.title.slice(0, atGlued), i), written: e.written });
        glued = i;
        end = i;
        break;
      }
    }
    seen.add(key);
    const entry: TocEntryDraft = { ...makeEntry(e.number, e.title, i, split), written: e.written };
    if (closedGroup) entry.closed = true;
    entries.push(entry);
    underEntry = false;
    if (entries.length === 1) {
      firstStyle = entryStyle(raw);
      const first = entries[0]!;
      marker = `${first.number}. ${first.title}`;
      markerTight = `${first.number}.${first.title}`;
    }
    end = i;
  }
  if (entries.length === 0) return null;
  pagesAtEnd(doc, end + 1, entries);
  // `Dagsorden` over the body itself: a single entry that nothing below repeats is the first item, not the contents.
  if (entries.length === 1 && glued === null && !repeatedBelow(doc, entries[0]!, end + 1)) return null;
  return { heading, start: labelLine, end, entries, gluedBodyLine: glued };
}

/**
 * `Punkt 1. Godkendelse af dagsorden 3`, `… Kastetvej,` / `Vesterbro (2. forelæggelse) 5`: contents whose every entry
 * (three or more) ends in a number, the numbers never going down, end in their page (no leader, no tab between).
 */
function pagesAtEnd(doc: Doc, bodyFrom: number, entries: TocEntryDraft[]): void {
  if (entries.length < 3 || entries.some((e) => e.page !== null)) return;
  const pages: number[] = [];
  for (const e of entries) {
    const m = / (\d{1,3})$/u.exec(e.title);
    if (!m || (pages.length > 0 && Number(m[1]) < pages[pages.length - 1]!)) return;
    pages.push(Number(m[1]));
  }
  // Pages start near the front (`lokalplan 87`, `112`, `118` are numbers of the titles), and a title the body repeats
  // with its number keeps it (`Budgetopfølgning 2`, `Tillæg 4`).
  if (pages[0]! > 10) return;
  const body = new Set<string>();
  for (let i = bodyFrom; i < doc.n; i++) if (!doc.blank[i]) body.add(doc.key(i));
  if (entries.some((e) => body.has(foldKey(e.title)) || body.has(foldKey(`${e.written ?? e.number ?? ''} ${e.title}`)))) return;
  entries.forEach((e, k) => {
    e.title = e.title.slice(0, e.title.length - String(pages[k]).length - 1);
    e.page = String(pages[k]);
  });
}

/** Whether every line of the list is an entry or a group heading (no text joined to an entry as a wrapped title). */
function entriesOnly(doc: Doc, toc: TocDraft): boolean {
  let lines = 0;
  for (let i = toc.start + 1; i <= toc.end; i++) if (!doc.blank[i] && groupHeading(doc.sq[i]!) === null) lines++;
  return lines === toc.entries.length;
}

/** Whether entry `e` stands again at or after `from`: a line with its number and its title. */
function titleRepeatedBelow(doc: Doc, e: TocEntryDraft, from: number): boolean {
  const want = foldKey(e.title);
  for (let i = from; i < doc.n; i++) {
    if (doc.blank[i]) continue;
    const p = parseEntry(doc.sq[i]!);
    if (p !== null && p.number === e.number && foldKey(p.title) === want) return true;
  }
  return false;
}

/** Per document: each number some line is numbered with, and the last such line (one pass, made when first needed). */
const LAST_NUMBERED = new WeakMap<Doc, Map<string, number>>();

/** Whether a line at or after `from` may be the item of entry `e` again: a line numbered as it, under any title. */
function repeatedBelow(doc: Doc, e: TocEntryDraft, from: number): boolean {
  let last = LAST_NUMBERED.get(doc);
  if (last === undefined) {
    last = new Map();
    for (let i = 0; i < doc.n; i++) {
      if (doc.blank[i]) continue;
      const p = parseEntry(doc.sq[i]!);
      // (`Punkt 1.` alone or `Ad 1.`: parseEntry wants a title after the number.)
      const n = p !== null ? p.number : candidateNumber(doc.sq[i]!);
      if (n !== null) last.set(n, i);
    }
    LAST_NUMBERED.set(doc, last);
  }
  return e.number !== null && (last.get(e.number) ?? -1) >= from;
}

/** The number of a line that may head item N under another title or none (`Punkt 1.`, `Ad 1.`, `1. …`), or null. */
function candidateNumber(sq: string): string | null {
  const m = /^(?:(?:punkt|pkt\.?|ad|sag(?: nr\.?)?) ?)?(\d{1,4}[a-z]?)(?:[.:)]|$)/i.exec(sq);
  return m ? canonicalNumber(m[1]!) : null;
}

/**
 * Whether non-entry line i continues the title of the entry above (numbered `prevNumber`): it is short, not a
 * heading, and the next non-blank line is the next entry, numbered one on.
 */
/** A month name first: the rest of a date (`maj 2021`). */
const MONTH_FIRST = /^(?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december)\b/;

/** `a. …`, `b) …`: a sub-point under a contents entry (a line starting `- ` may be a wrapped title's last line). */
const SUB_POINT = /^[a-zæøå][.)] /u;

/**
 * Whether line i, indented deeper than the entry at line `entryLine`, is followed (within a dozen lines of such
 * indented lines and blank lines) by a line at the entry's indentation that is the next entry.
 */
function indentedUnderEntry(doc: Doc, i: number, to: number, entryLine: number, prevNumber: string): boolean {
  const indent = doc.indent[entryLine]!;
  for (let j = i + 1; j < to && j <= i + 12; j++) {
    if (doc.blank[j] || doc.indent[j]! > indent + 1) continue;
    const next = parseEntry(cleanLine(doc.lines[j]!).trim().replace(/ {2,}/gu, ' '));
    return next !== null && followsNumber(prevNumber, next.number);
  }
  return false;
}

function continuesTitle(doc: Doc, i: number, to: number, prevNumber: string, entryLine: number, spaced: boolean): boolean {
  const sq = doc.sq[i]!;
  // (The dot leader to the page number does not count: `Slagelse Svømmehal .............. 3`.)
  if ((sq.length > 120 && splitLeader(sq).title.length > 120) || doc.heading(i) !== null) return false;
  let j = i + 1;
  // A title wrapped over up to four lines: up to three more lines right under this one, and then the next entry right
  // after them — or after a blank line where blank lines part the entries and the wrapped lines are not indented (a
  // note under an entry is indented, or ends in a blank line between entries that follow each other).
  let more = 0;
  while (j < to && !doc.blank[j]) {
    const e = entryAt(doc, j, prevNumber);
    if (e !== null) return followsNumber(prevNumber, e.number);
    if (more === 3 || doc.sq[j]!.length > 120 || doc.heading(j) !== null) return false;
    more++;
    j++;
  }
  if (more > 0) {
    if (!spaced) return false;
    for (let k = i; k < j; k++) if (doc.indent[k]! > doc.indent[entryLine]! + 1) return false;
    if (j < to && doc.blank[j]) j++;
    const e = j < to && !doc.blank[j] ? entryAt(doc, j, prevNumber) : null;
    return e !== null && followsNumber(prevNumber, e.number);
  }
  while (j < to && doc.blank[j]) j++;
  if (j >= to || j > i + 2) return false;
  const next = entryAt(doc, j, prevNumber);
  return next !== null && followsNumber(prevNumber, next.number);
}

/** The contents entry on line j, unless it is a wrapped title's next line (`30. september 2024` under entry 11). */
function entryAt(doc: Doc, j: number, prevNumber: string): ReturnType<typeof parseEntry> {
  const e = parseEntry(cleanLine(doc.lines[j]!).trim().replace(/ {2,}/gu, ' '));
  return e !== null && wrapsTitle(e, prevNumber) ? null : e;
}

/** An "entry" that goes on with a title in lower case and does not follow the last entry: the title's next line. */
function wrapsTitle(e: { number: string; title: string }, prevNumber: string): boolean {
  return !followsNumber(prevNumber, e.number) && /^\p{Ll}/u.test(e.title);
}
