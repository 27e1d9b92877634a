// A document as the formats see it: the original lines plus derived views computed once (squashed text, blankness,
// indentation). Indexes are 0-based here; the model's 1-based lines are made in `assemble.ts` only.
import { cleanLine, cleanTextLine, foldKeyClean, squash } from './text.js';
import { type CommitteeLine, type HeadingMatch, matchCommitteeLineSquashed, matchHeadingSquashed, matchMarginHeading } from './headings.js';

export interface Doc {
  lines: readonly string[];
  /** Cleaned, trimmed, white space folded. */
  sq: readonly string[];
  blank: readonly boolean[];
  indent: readonly number[];
  n: number;
  /** `matchHeading` of line i, computed once. */
  heading(i: number): HeadingMatch | null;
  /** `matchCommitteeLine` of line i, computed once. */
  committee(i: number): CommitteeLine | null;
  /** `foldKey` of line i, computed once. */
  key(i: number): string;
  /** The text the lines were split from when joining them with LF gives it back, and where each line starts in it. */
  text: string | null;
  offsets: Int32Array | null;
  /**
   * Lines read as blank because they are page furniture (`Side 3 af 12`, a running header): blank for every stage,
   * and no line at all in a section's text (a paragraph a page break cuts goes on across it).
   */
  furniture?: ReadonlySet<number>;
  /**
   * Lines whose markdown marks were taken off (`*Fraværende: …*`, `1\. at …`, `**Beslutning:** Godkendt.`): a section's
   * text takes them as read, without the marks.
   */
  marked?: ReadonlySet<number>;
}

/** White space as `\s` sees it (NBSP included); invisible characters are skipped when measuring indentation. */
function isWhite(c: number): boolean {
  return c === 32 || c === 9 || c === 0x0b || c === 0x0c || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x3000 || c === 0x205f || c === 0x1680;
}
const isInvisible = (c: number) => c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060 || c === 0xfeff || c === 0xad;

/** The white space a line starts with, in characters (invisible characters among it are not counted). */
function indentOf(line: string): number {
  let indent = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (isWhite(c)) indent++;
    else if (!isInvisible(c)) break;
  }
  return indent;
}

/**
 * A line that squash would change: white space other than single spaces, or an invisible character. Lines that start
 * or end with a space are caught before this runs. One native scan per line is cheaper than a character loop here.
 */
// Without the `u` flag (the class is all BMP, so it matches the same) and the double space first: ~15% faster.
const NEEDS_SQUASH = / {2}|[\t-\r\u00a0\u00ad\u1680\u2000-\u200d\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]/;

/**
 * A running page header or footer that a PDF-to-text export leaves between the lines of the text: `Side 3 af 12`,
 * `Byrådet | 24-06-2021   Side 3 af 12`, `Side 3/12`, `- 3 -`. Such a line is read as a blank line (it stays inside
 * the line range of the section it interrupts, so no line is lost, but its text is not the section's). A bare `Side 3`
 * only on a line of its own: `se side 3` ends many a sentence.
 */
const PAGE_FURNITURE = /^(?:.{0,80}(?:^| |\|)side \d{1,4} ?(?:af|ud af|\/) ?\d{1,4}|side \d{1,4}|- ?\d{1,4} ?-)$/i;

/**
 * `Punkt 3, side 2`: the running header of an item's later pages (Aarhus). Its first page, `Punkt 3, side 1`, heads the
 * item, and the `Original-dokument` stamp under it is furniture too.
 */
const ITEM_PAGE = /^Punkt \d{1,4}, side (\d{1,4})$/;
const ORIGINAL_STAMP = 'Original-dokument';

const FURNITURE_WORD = /side/i;
/** `… i hvidbogen, side 3 af 5`: a page reference in running text is written in lower case; furniture says `Side`. */
const LOWER_SIDE = /(?:^|[^a-zæøåA-ZÆØÅ])side \d/;

/** `Økonomiudvalg 03-04-2024                          Side 2`: a page number set off at the right margin. */
const SPACED_PAGE_NUMBER = /\S(?: {4,}|\t)Side \d{1,4}\s*$/;

/** A document's name on a line of its own (`Referat`): a document's title, or a running header's first line. */
export const DOCUMENT_NAME = /^(?:dagsorden|referat|beslutningsprotokol|mødereferat)$/i;

/** A rule: a line of one rule character (`-`, `_`, `=`, `*`, `~` or box drawing), three or more, spaces between allowed. */
const RULE_LINE = /^(?:-[- ]{2,}|_[_ ]{2,}|=[= ]{2,}|\*[* ]{2,}|~[~ ]{2,}|[\u2500-\u257f][\u2500-\u257f ]{2,})$/;

/**
 * The lines around page footers (`Side 3 af 8`) that stand the same around most of them: `Billund Kommune` above
 * it, `Billund Kommune logo` / `Børne- og Familieudvalget | 09-04-2024` below it (a PDF's page header and footer as
 * `pdftotext` writes them without form feeds). Up to two lines above and three below, within six lines.
 */
function blankPageBlocks(v: Furnished): void {
  const { sq, blank } = v;
  const pages = [...v.furniture].filter((i) => sq[i] === '' && PAGE_FURNITURE.test(v.lines[i]!.trim())).sort((a, b) => a - b);
  if (pages.length < 3) return;
  const near = (i: number): number[] => {
    const out: number[] = [];
    // (Above it, the last lines of a page's text may repeat too, `Fraværende: Bent Nielsen` under every decision: only
    // a short line that ends no sentence and names no one.)
    for (let j = i - 1, k = 0; j >= 0 && j >= i - 4 && k < 2; j--) {
      if (blank[j]) continue;
      k++;
      if (sq[j]!.length <= 40 && !/[.)]$/u.test(sq[j]!) && !ATTENDANCE_WORD.test(sq[j]!)) out.push(j);
    }
    for (let j = i + 1, k = 0; j < sq.length && j <= i + 6 && k < 3; j++) if (!blank[j]) (out.push(j), k++);
    // (The same line each time; never a heading or an item's own line, which an item starting a page puts there.)
    return out.filter((j) => sq[j]!.length <= 80 && !ITEM_OWN_LINE.test(sq[j]!) && matchHeadingSquashed(sq[j]!) === null);
  };
  const counts = new Map<string, number>();
  for (const p of pages) for (const line of new Set(near(p).map((j) => sq[j]!))) counts.set(line, (counts.get(line) ?? 0) + 1);
  const needed = Math.max(3, Math.ceil(pages.length * 0.6));
  for (const p of pages) for (const j of near(p)) if ((counts.get(sq[j]!) ?? 0) >= needed) asFurniture(v, j);
}

/** Words of an attendance note (`Fraværende: …`, `… deltog ikke`). */
const ATTENDANCE_WORD = /fraværende|afbud|deltog|til stede|forlod/i;

/** An item's own lines at the top of its page: `Åbent punkt`, `Lukket sag`, `Sagsnr.: …`, a number. */
const ITEM_OWN_LINE = /^(?:åben|åbent|lukket|sags?(?:nr|nummer|id)|j\.? ?nr|dok\.? ?nr|punkt\b|pkt\b|\d)/i;

/** A line that is only a page number (`3`), at a page break (next to a form feed). */
const PAGE_NUMBER = /^\d{1,4}$/;

export function makeDoc(lines: readonly string[], text?: string): Doc {
  const n = lines.length;
  const offsets = text === undefined ? null : new Int32Array(n);
  let at = 0;
  const sq: string[] = new Array(n);
  const blank: boolean[] = new Array(n);
  const indent: number[] = new Array(n);
  let formFeeds = false;
  const furniture = new Set<number>();
  const marked = new Set<number>();
  // (Read on the first line holding a `[`: most documents have none.)
  let comments: Set<string> | undefined;
  const dashed: number[] = [];
  const spacedSide: number[] = [];
  const firstPages: number[] = [];
  for (let i = 0; i < n; i++) {
    const line = lines[i]!;
    const len = line.length;
    if (offsets) {
      offsets[i] = at;
      at += len + 1;
    }
    let s: string;
    let ind = 0;
    if (len === 0) {
      // Two lines in five of a typical export: blank, nothing to compute.
      sq[i] = '';
      blank[i] = true;
      indent[i] = 0;
      continue;
    }
    if (line.charCodeAt(0) !== 32 && line.charCodeAt(len - 1) !== 32 && !NEEDS_SQUASH.test(line)) s = line;
    else {
      ind = indentOf(line);
      s = squash(line);
    }
    const c0 = s.charCodeAt(0);
    if ((c0 === 45 || c0 === 95 || c0 === 61 || c0 === 42 || c0 === 126 || (c0 >= 0x2500 && c0 <= 0x257f)) && RULE_LINE.test(s)) {
      // `━━━━━━━━`, `-----`, `________`: a rule between items or under a signature, no text.
      if (line.charCodeAt(0) === 12) formFeeds = true;
      sq[i] = '';
      blank[i] = true;
      indent[i] = 0;
      furniture.add(i);
      continue;
    }
    // `2. Tilskud til Nyborg Voldspil 2024[JH2]`: a Word comment's anchor (the initials of its writer and its number) is
    // no part of the text, where Word prints the comment itself (a line starting `[JH2]`) too. (`delområde [B2]` of a
    // plan, `[INC482]` of a ticket are references.)
    if (s.includes('[') && s.charCodeAt(0) !== 91 && (comments ??= wordComments(lines)).size > 0) {
      const known = comments;
      const u = s.replace(COMMENT_ANCHOR, (a) => (known.has(a) ? '' : a));
      if (u !== s) {
        marked.add(i);
        s = u.trimEnd();
      }
    }
    // `1. [Godkendelse af dagsorden](#1)`: a line that is a markdown link (a contents entry) reads as the link's text.
    // (A link inside running text, `… kan findes [her](#)`, stays as written.)
    if (s.charCodeAt(s.length - 1) === 41 && s.includes('](')) {
      const m = LINK_LINE.exec(s);
      if (m) {
        marked.add(i);
        s = `${m[1] ?? ''}${m[2]}`;
      }
    }
    if (c0 === 124 && s.charCodeAt(s.length - 1) === 124) {
      // A markdown table's row (pandoc writes a Word table so): `| **Mødetidspunkt** | 17:00 – 20:50 |` is a label and
      // its value; `|---|---|` rules it, and `| | |` is an empty header row.
      const row = tableRow(s);
      if (row !== s) {
        marked.add(i);
        if (row === '') {
          sq[i] = '';
          blank[i] = true;
          indent[i] = 0;
          furniture.add(i);
          continue;
        }
        s = row;
      }
    } else if (c0 === 35 || c0 === 42 || c0 === 95 || c0 === 92 || (c0 >= 48 && c0 <= 57 && (s.includes('**') || s.includes('\\')))) {
      const u = unwrapMarkup(s);
      if (u !== s) marked.add(i);
      s = u;
    }
    else {
      // Page furniture ends in a digit (`… Side 3 af 12`) or is `- 3 -`, and is short: most lines end here, and the
      // rest without the regex unless they hold `side` (only S/s and I/i/İ fold to its letters; İ is not in Danish).
      const z = s.charCodeAt(s.length - 1);
      if (s.length <= 100 && ((z >= 48 && z <= 57 && FURNITURE_WORD.test(s)) || (z === 45 && c0 === 45))) {
        // `Punkt 3, side 2` is a page header only on a line of its own, a blank line above or below it (`… satserne,
        // jf.` / `Punkt 3, side 2 …` wraps a sentence). The line below is looked at raw: its squashed form is not made yet.
        const itemPage = c0 === 80 ? ITEM_PAGE.exec(s) : null;
        if (itemPage !== null && itemPage[1] === '1') firstPages.push(i);
        const alone = i === 0 || blank[i - 1] || i + 1 >= n || lines[i + 1]!.trim() === '';
        const page = (PAGE_FURNITURE.test(s) && !LOWER_SIDE.test(s)) || (itemPage !== null && itemPage[1] !== '1' && alone);
        // `- 3 -` only where a page break leaves it: apart from the text by a blank line (vote counts are written so
        // too); `…      Side 2` only next to a page break (a contents line may end so). Both are decided below.
        if (c0 === 45 && (page || (s !== line && SPACED_PAGE_NUMBER.test(line)))) dashed.push(i);
        else if (page) {
          s = '';
          furniture.add(i);
        } else if (s !== line && SPACED_PAGE_NUMBER.test(line)) spacedSide.push(i);
      }
    }
    if (line.charCodeAt(0) === 12) formFeeds = true;
    sq[i] = s;
    blank[i] = s === '';
    indent[i] = s === '' ? 0 : ind;
  }
  const view: Furnished = { lines, sq, blank, indent, furniture };
  for (const i of firstPages) {
    let j = i + 1;
    while (j < n && j <= i + 3 && blank[j]) j++;
    if (j < n && sq[j] === ORIGINAL_STAMP) asFurniture(view, j);
  }
  for (const i of dashed) if ((i === 0 || blank[i - 1]) || (i + 1 >= n || blank[i + 1]) || lines[i]!.includes('\f')) asFurniture(view, i);
  // (Without form feeds, `Byrådet 24.04.2024      Side 2` is furniture where three or more pages repeat it, digits
  // aside, pages apart — `Bilag 1      Side 1` / `Bilag 2      Side 7` one under the other is a list — except on the
  // first page's top lines, where it may be all there is of the document's header.)
  const repeated = formFeeds ? null : runningPageLines(sq, spacedSide);
  for (const i of spacedSide) {
    const running = repeated !== null && repeated.has(i);
    let near = running;
    for (let j = Math.max(0, i - 2); j <= i + 2 && j < n && !near; j++) near = lines[j]!.includes('\f');
    if (near) asFurniture(view, i);
    // (`Dagsorden` / `Regionsrådet 26. juni 2024      Side 4`: the document's name over it is the header's first line.)
    if (running && i > 0 && !blank[i - 1] && DOCUMENT_NAME.test(sq[i - 1]!)) asFurniture(view, i - 1);
  }
  if (formFeeds) {
    blankPageNumbers(view);
    blankRunningHeaders(view);
  }
  if (furniture.size >= 3) blankPageBlocks(view);
  labelColumn(view, marked);
  brokenHeadings(view, marked);
  return new LineDoc(lines, sq, blank, indent, text ?? null, offsets, furniture, marked);
}

/**
 * A page laid out in two columns, the section's label on the left and its text on the right (`pdftotext -layout` of a
 * PDF table): `Beslutning        Godkendt.` / `Økonomiudvalget   Afbud: …` / `11-09-2024`, or a label wrapped over lines
 * (`Beslutning i` / `Teknik- og` / `Miljøudvalget` / `den 04.03.2024` beside the decision's lines). Where three lines or
 * more put an exact section heading at the left and their text at one column, a label and the label lines under it
 * (no blank line between, none of them a heading or a header label of its own) are read as one heading: its line reads
 * `<label>: <text>`, and the lines under it read as their text only (a line with only label words reads as blank; it
 * stays in the section's line range, so no line is lost).
 */
function labelColumn(v: Furnished, marked: Set<number>): void {
  const { lines, sq, blank } = v;
  const n = lines.length;
  const at = new Map<number, number>();
  let best = -1;
  let bestCount = 0;
  for (let i = 0; i < n; i++) {
    if (blank[i] || sq[i] === lines[i]) continue;
    // (A run of four spaces within a label's reach first: most lines have none.)
    const gap = lines[i]!.indexOf('    ');
    if (gap < 1 || gap > 41) continue;
    const m = LABEL_CELL.exec(lines[i]!);
    if (m === null) continue;
    const h = matchHeadingSquashed(m[1]!);
    if (h === null || !h.exact || h.weak || h.inline !== null) continue;
    const x = m[0].length;
    const k = (at.get(x) ?? 0) + 1;
    at.set(x, k);
    if (k > bestCount) [best, bestCount] = [x, k];
  }
  if (bestCount < 3) return;
  const x = best;
  /** The label and text cells of line i at column x, or null when the line is not laid out so. */
  const cells = (i: number): { label: string; text: string } | null => {
    const raw = cleanLine(lines[i]!);
    if (raw.length <= x) return raw.trim() === '' || raw.charCodeAt(0) === 32 ? null : { label: squash(raw), text: '' };
    if (raw.charCodeAt(x - 1) !== 32 || raw.charCodeAt(x - 2) !== 32 || raw.charCodeAt(x) === 32) return null;
    return { label: squash(raw.slice(0, x)), text: squash(raw.slice(x)) };
  };
  for (let i = 0; i < n; i++) {
    if (blank[i]) continue;
    const first = cells(i);
    if (first === null || first.label === '' || first.text === '') continue;
    const run: Array<{ i: number; label: string; text: string }> = [];
    for (let j = i + 1; j < n && !blank[j] && run.length < 4; j++) {
      const c = cells(j);
      if (c === null || c.label === '' || matchHeadingSquashed(c.label) !== null || (!/^\p{L}/u.test(c.label) && !/^\d/u.test(c.label))) break;
      // (`Beslutning i` under `den 24.04.2024` starts the next row of a table without blank lines between its rows.)
      if (/:/u.test(c.label) || ROW_START.test(c.label)) break;
      run.push({ i: j, ...c });
    }
    if (run.length === 0) continue;
    const label = [first.label, ...run.map((r) => r.label)].join(' ');
    // (Tried with its colon too: `Beslutning i Økonomiudvalget den 24.04.2024:` is a committee's decision heading.)
    const h = matchHeadingSquashed(label) ?? matchHeadingSquashed(`${label}:`);
    if ((h === null && matchCommitteeLineSquashed(`${label}:`) === null) || (h !== null && (h.inline !== null || h.weak))) continue;
    sq[i] = `${label}: ${first.text}`;
    marked.add(i);
    for (const r of run) {
      marked.add(r.i);
      if (r.text === '') asFurniture(v, r.i);
      else sq[r.i] = r.text;
    }
    i = run[run.length - 1]!.i;
  }
}

/**
 * Headings a PDF's narrow label column or a scan broke: `Beslut-` / `ning` (hyphenated over two lines) read as
 * `Beslutning`, the second line then no text of its own (it stays in the section's line range); `B E S L U T N I N G`
 * (letter-spaced capitals) read as `BESLUTNING`.
 */
function brokenHeadings(v: Furnished, marked: Set<number>): void {
  const { sq, blank } = v;
  for (let i = 0; i < sq.length; i++) {
    if (blank[i]) continue;
    const s = sq[i]!;
    const z = s.charCodeAt(s.length - 1);
    if (z === 45 && s.length >= 3 && s.length <= 20 && i + 1 < sq.length && !blank[i + 1] && /^\p{L}+-$/u.test(s)) {
      const rest = sq[i + 1]!;
      if (rest.length > 20 || !/^\p{Ll}+:?$/u.test(rest)) continue;
      const joined = s.slice(0, -1) + rest;
      const h = matchHeadingSquashed(joined);
      if (h === null || !h.exact || h.inline !== null) continue;
      sq[i] = joined;
      marked.add(i);
      asFurniture(v, i + 1);
      i++;
    } else if (s.length >= 7 && s.length <= 60 && s.charCodeAt(1) === 32 && SPACED_LETTERS.test(s)) {
      const collapsed = s.replace(/ /gu, '');
      if (matchHeadingSquashed(collapsed) === null) continue;
      sq[i] = collapsed;
      marked.add(i);
    }
  }
}

/** Capitals set one space apart, `B E S L U T N I N G` (one word: the squashed line has no wider gaps). */
const SPACED_LETTERS = /^\p{Lu}(?: \p{Lu}){3,}(?: ?:)?$/u;

/** A label cell that starts a row of its own: a section's first word. */
const ROW_START = /^(?:beslutning|indstilling|sagsfremstilling|resum[eé]|baggrund|bilag|økonomi|sagsnr|behandling|beslutningstema|sagsgang|fraværende|afbud|til stede|tilstede|deltagere|mødt|punkt)(?![\p{L}])/iu;

/** A label cell at a line's start and the run of spaces after it (its length is the text column). */
const LABEL_CELL = /^(\S(?:[^\t]{0,38}?\S)?) {4,}(?=\S)/;

/** The per-line views `makeDoc` is filling in, and the lines found to be page furniture so far. */
interface Furnished {
  lines: readonly string[];
  sq: string[];
  blank: boolean[];
  indent: number[];
  furniture: Set<number>;
}

/**
 * Of the lines with a page number at the right margin, those that repeat (digits aside) on three or more lines, each at
 * least eight lines from the one before, and not among the document's first five lines.
 */
function runningPageLines(sq: readonly string[], candidates: readonly number[]): Set<number> {
  const byKey = new Map<string, number[]>();
  for (const i of candidates) {
    const key = furnitureKey(sq[i]!);
    const list = byKey.get(key);
    if (list) list.push(i);
    else byKey.set(key, [i]);
  }
  const out = new Set<number>();
  for (const list of byKey.values()) {
    if (list.length < 3) continue;
    let apart = true;
    for (let k = 1; k < list.length && apart; k++) apart = list[k]! - list[k - 1]! >= 8;
    if (apart) for (const i of list) if (i >= 5) out.add(i);
  }
  return out;
}

/** Line i is page furniture: a blank line for every stage, and no line at all in section text. */
function asFurniture(v: Furnished, i: number): void {
  v.furniture.add(i);
  v.sq[i] = '';
  v.blank[i] = true;
  v.indent[i] = 0;
}

/** A line that is only a page number, with a form feed on it or on the next non-blank line, is a blank line too. */
function blankPageNumbers(v: Furnished): void {
  const { lines, sq, blank } = v;
  for (let i = 0; i < lines.length; i++) {
    if (blank[i] || !PAGE_NUMBER.test(sq[i]!)) continue;
    let j = i + 1;
    while (j < lines.length && blank[j] && lines[j]!.charCodeAt(0) !== 12) j++;
    // (The last page's number ends the file: no form feed follows it.)
    if (lines[i]!.charCodeAt(0) === 12 || j >= lines.length || lines[j]!.charCodeAt(0) === 12) asFurniture(v, i);
  }
}

/** A running header or footer, its digits as `#`: `Teknik- og Miljøudvalget - 12. marts 2024 Referat`. */
function furnitureKey(s: string): string {
  return s.replace(/\d+/gu, '#');
}

/** A line that may head a page of its own right: an item (`Punkt 3.`, `3. Title`) or a section heading. */
const PAGE_OWN_HEAD = /^(?:(?:punkt|pkt\.?|sag(?: nr\.?)?|dagsordenspunkt|ad)\s*)?#|^(?:beslutning|indstilling|sagsfremstilling|bilag|resum[eé]|baggrund)\b/i;

/**
 * The first line of every page after a form feed, and the last line before one, when the same line (digits aside)
 * stands there on at least three pages, holds a date or a page number and ends no sentence: a running header or
 * footer, read as a blank line (`Anbefales godkendt 7-0.` at the foot of two pages is a decision). The first page's
 * top line is the document's title and stays; a line repeated on per-item pages (`Fraværende: Torben Kjær (C)`) has
 * no digit and stays too.
 */
function blankRunningHeaders(v: Furnished): void {
  const { lines, sq, blank } = v;
  const tops: number[] = [];
  const bottoms: number[] = [];
  let pageStart = 0;
  const closePage = (end: number) => {
    let a = pageStart;
    while (a < end && blank[a]) a++;
    let b = end - 1;
    while (b > a && blank[b]) b--;
    if (a < end && pageStart > 0) tops.push(a);
    if (b > a) bottoms.push(b);
  };
  for (let i = 0; i < lines.length; i++) {
    if (i > pageStart && lines[i]!.includes('\f')) {
      closePage(i);
      pageStart = i;
    }
  }
  closePage(lines.length);
  for (const group of [tops, bottoms]) {
    const count = new Map<string, number>();
    for (const i of group) {
      const k = furnitureKey(sq[i]!);
      count.set(k, (count.get(k) ?? 0) + 1);
    }
    // (Twice is enough for a page's first line where every time a page footer, `Side 1 af 9`, ends the page before.)
    const needed = group === tops && group.every((i) => afterPageFooter(v, i)) ? 2 : 3;
    for (const i of group) {
      const k = furnitureKey(sq[i]!);
      const n = count.get(k)!;
      if (n >= needed && k.length >= 8 && k.includes('#') && !k.endsWith('.') && !PAGE_OWN_HEAD.test(k)) asFurniture(v, i);
    }
  }
}

/** Whether the last line above line i that is not blank text is a page footer (`Side 1 af 9`) made furniture. */
function afterPageFooter(v: Furnished, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && v.blank[k] && !v.furniture.has(k)) k--;
  return k >= 0 && v.furniture.has(k) && PAGE_FURNITURE.test(v.lines[k]!.trim());
}

/**
 * The Doc `makeDoc` builds. A class, not an object of closures: the memoised lookups are then one function each for
 * every document, so call sites stay monomorphic across a folder run (per-document closures cost re-optimisations).
 */
class LineDoc implements Doc {
  readonly n: number;
  private readonly headings: Array<HeadingMatch | null | undefined>;
  private readonly committees: Array<CommitteeLine | null | undefined>;
  private readonly keys: Array<string | undefined>;

  constructor(
    readonly lines: readonly string[],
    readonly sq: readonly string[],
    readonly blank: readonly boolean[],
    readonly indent: readonly number[],
    readonly text: string | null,
    readonly offsets: Int32Array | null,
    readonly furniture: ReadonlySet<number>,
    readonly marked: ReadonlySet<number>,
  ) {
    this.n = lines.length;
    this.headings = new Array(this.n);
    this.committees = new Array(this.n);
    this.keys = new Array(this.n);
  }

  heading(i: number): HeadingMatch | null {
    let h = this.headings[i];
    if (h === undefined) {
      h = this.match(i);
      if (h !== null && h.quotable === true && this.inCaseText(i)) h = null;
      if (h !== null && h.belowDecisionIsText === true && this.nearestKindAbove(i) === 'decision') h = null;
      if (h !== null && h.introducedIsText === true && this.introduced(i)) h = null;
      this.headings[i] = h;
    }
    return h;
  }

  /** The heading line i reads as on its own (not memoised; `heading` adds what the lines above say). */
  private match(i: number): HeadingMatch | null {
    if (this.blank[i]) return null;
    const sq = this.sq[i]!;
    const raw = this.lines[i]!;
    // A heading in the margin opens a block: a blank line above it (rows of a table stand line after line),
    // and its text going on indented under it, or nothing (the next row of a table starts at the edge again).
    const next = this.lines[i + 1];
    const margin = raw !== sq && hasColumnGap(raw) && (i === 0 || this.blank[i - 1]) && (next === undefined || this.blank[i + 1] || /^\s/u.test(next));
    return matchHeadingSquashed(sq) ?? (margin ? matchMarginHeading(cleanLine(raw)) : null);
  }

  /** Whether the line above line i introduces it: it ends with a colon and is no heading (`… følgende beslutning:`). */
  private introduced(i: number): boolean {
    let k = i - 1;
    while (k >= 0 && this.blank[k]) k--;
    // The line above is read on its own (no recursion).
    return k >= 0 && this.sq[k]!.endsWith(':') && this.match(k) === null;
  }

  /**
   * Whether line i stands in a case text: the line above introduces it, or the nearest heading above (within 60 lines)
   * heads no recommendation or decision.
   */
  private inCaseText(i: number): boolean {
    if (this.introduced(i)) return true;
    const kind = this.nearestKindAbove(i);
    return kind !== null && kind !== 'recommendation' && kind !== 'decision';
  }

  /**
   * The kind of the nearest heading above line i, within 60 lines, or null. A line already read stands as read;
   * another is read on its own (no recursion), and one whose reading depends on the lines above is passed over (a
   * protocol's `… beslutning i mødet den …:` always: each item's stands under the one of the item before).
   */
  private nearestKindAbove(i: number): HeadingMatch['kind'] | null {
    for (let k = i - 1; k >= 0 && k >= i - 60; k--) {
      if (this.blank[k]) continue;
      const known = this.headings[k];
      const h = known !== undefined ? known : this.match(k);
      if (h !== null && h.belowDecisionIsText !== true && (known !== undefined || h.quotable !== true)) return h.kind;
    }
    return null;
  }

  key(i: number): string {
    let k = this.keys[i];
    if (k === undefined) k = this.keys[i] = foldKeyClean(this.sq[i]!);
    return k;
  }

  committee(i: number): CommitteeLine | null {
    let c = this.committees[i];
    if (c === undefined) c = this.committees[i] = this.blank[i] ? null : matchCommitteeLineSquashed(this.sq[i]!);
    return c;
  }
}

/** A tab, or four spaces (or NBSPs) in a row: where a line may hold two columns. */
function hasColumnGap(raw: string): boolean {
  return raw.indexOf('\t') !== -1 || raw.indexOf('    ') !== -1 || raw.indexOf('\u00a0\u00a0') !== -1;
}

/** Markdown-ish wrappers some exports keep around headings: `## 1. Title`, `**Beslutning**`, `__Bilag__`. */
function unwrapMarkup(s: string): string {
  // pandoc's escapes at a line's start: `1\. Title` (a number it did not take as a list), `\- Formanden: …`.
  let t = s.replace(MARKDOWN_ESCAPE, '$1$2');
  if (t.startsWith('#')) t = t.replace(/^#{1,6} +/u, '');
  const w = /^(\*\*|__)(.+)\1$/u.exec(t);
  if (w && !w[2]!.includes(w[1]!)) return w[2]!.trim();
  // `*Fraværende: Ulrik Pedersen (V)*`: a line in italics.
  const it = /^([*_])([^*_\s](?:.*[^*_\s])?)\1$/u.exec(t);
  if (it && !it[2]!.includes(it[1]!)) return it[2]!;
  // `**Beslutning:** Godkendt.`, `1.  **Godkendelse af dagsorden**`: a bold label or title at the start of a line (a
  // Word document through pandoc).
  const b = BOLD_LEAD.exec(t);
  if (b) t = `${b[1] ?? ''}${b[2]!.trim()}${b[3]}`;
  // (pandoc ends a line it breaks inside a paragraph with a backslash: `**Mødested:** Rådhuset\`.)
  if (t.endsWith('\\')) t = t.slice(0, -1).trimEnd();
  return t;
}

/**
 * A markdown table row as text: two cells as `Label: value` (the label's bold and colon taken off); '' for a rule
 * (`|---|:--|`) or a row of empty cells. Any other line comes back as is.
 */
function tableRow(s: string): string {
  const cells = s.slice(1, -1).split('|').map((c) => c.trim());
  if (cells.length < 2) return s;
  if (cells.every((c) => /^:?-*:?$/u.test(c))) return '';
  const text = cells.map((c) => unwrapMarkup(c)).filter((c) => c !== '');
  // (Not where the first cell is a section heading, `| Beslutning | april 2025 |` in a timetable: a row, no decision.
  // Other rows stay as written.)
  if (text.length === 2 && cells[0] !== '' && text[0]!.length <= 40 && matchHeadingSquashed(text[0]!) === null) return `${text[0]!.replace(/:$/u, '')}: ${text[1]}`;
  return s;
}

/** A Word comment's anchor: `[JH2]`, `[ML14]`. */
const COMMENT_ANCHOR = /\[[A-ZÆØÅ]{1,4}\d{1,3}\]/gu;

/** The anchors of the comments Word prints as lines of their own (`[JH2]Skal titlen …`). */
function wordComments(lines: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const l of lines) {
    if (l.charCodeAt(0) !== 91) continue;
    const m = /^\[[A-ZÆØÅ]{1,4}\d{1,3}\]/u.exec(l);
    if (m) out.add(m[0]);
  }
  return out;
}

/** A line that is a markdown link, after an item number if any: `1. [Title](#1)` (bounded runs, no nesting: linear). */
const LINK_LINE = /^(\d{1,4}[.)] )?\[([^\][]{1,200})\]\([^()\s]{0,300}\)$/u;

/** A backslash escape at a line's start: after a number (`1\.`, `3\)`) or before a list mark (`\-`, `\*`, `\#`). */
const MARKDOWN_ESCAPE = /^(\d{1,4})?\\([.)\-*+#])/;

/** A bold run at the start of a line, after an item number if any: `**Label:** text`, `3. **Title**`. */
const BOLD_LEAD = /^(\d{1,4}[.)] )?\*\*([^*]+)\*\*(?!\*)(.*)$/;

/** Index of the next non-blank line at or after i, or n. */
export function nextNonBlank(doc: Doc, i: number, limit = doc.n): number {
  while (i < limit && doc.blank[i]) i++;
  return i;
}

/** Index of the previous non-blank line at or before i, or -1. */
export function prevNonBlank(doc: Doc, i: number, floor = 0): number {
  while (i >= floor && doc.blank[i]) i--;
  return i;
}

/**
 * `cleanText` of lines [from, to] (0-based, inclusive), reading what `makeDoc` already knows: a line whose squashed
 * form is the line itself has nothing to clean and no indentation, and a blank line is blank. Only the other lines
 * are cleaned character by character.
 */
export function textOf(doc: Doc, from: number, to: number): string {
  const { lines, sq, blank } = doc;
  let minIndent = Infinity;
  // Whether the result is the source text from the first to the last non-blank line as it stands: every line is
  // clean (its squashed form is itself), every blank line is empty, and no two blank lines follow each other.
  let verbatim = doc.text !== null;
  let first = -1;
  let last = -1;
  // Blank lines since the last non-blank one, and whether one of them holds white space; they matter only between
  // two non-blank lines (leading and trailing blank lines are dropped either way).
  let blanks = 0;
  let dirty = false;
  const furniture = doc.furniture !== undefined && doc.furniture.size > 0 ? doc.furniture : null;
  const marked = doc.marked !== undefined && doc.marked.size > 0 ? doc.marked : null;
  for (let i = from; i <= to; i++) {
    const l = lines[i]!;
    if (furniture !== null && furniture.has(i)) {
      verbatim = false;
      continue;
    }
    if (blank[i]) {
      blanks++;
      if (l !== '') dirty = true;
      continue;
    }
    if (first < 0) first = i;
    else if (blanks > 1 || dirty) verbatim = false;
    blanks = 0;
    dirty = false;
    last = i;
    if (sq[i] === l) minIndent = 0;
    else {
      verbatim = false;
      if (minIndent > 0) {
        const c = cleanTextLine(l);
        let k = 0;
        while (k < c.length && c.charCodeAt(k) === 32) k++;
        if (k < minIndent) minIndent = k;
      }
    }
  }
  if (first < 0) return '';
  if (verbatim) return doc.text!.slice(doc.offsets![first]!, doc.offsets![last]! + lines[last]!.length);
  let out = '';
  let pendingBlank = false;
  for (let i = first; i <= last; i++) {
    if (furniture !== null && furniture.has(i)) continue;
    if (blank[i]) {
      pendingBlank = true;
      continue;
    }
    const l = lines[i]!;
    const c = sq[i] === l ? l : marked !== null && marked.has(i) ? sq[i]! : cleanTextLine(l).slice(minIndent);
    out = out === '' ? c : pendingBlank ? `${out}\n\n${c}` : `${out}\n${c}`;
    pendingBlank = false;
  }
  return out;
}
