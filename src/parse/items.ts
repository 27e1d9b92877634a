// Finding agenda items: heading candidates (`N. Title`, `Punkt N.`, `Pkt. N`, `Sag nr. N`, `• 301. Title`), anchored on
// the table of contents when there is one; without one, a candidate counts only when section headings follow it.
// A numbered line inside a body (`1. Spor: …`, `19. Oplæg….pdf`) never becomes an item silently.
import { matchCommitteeLine, matchHeading } from './headings.js';
import { type Doc, nextNonBlank, prevNonBlank } from './doc.js';
import { foldKey, joinWrapped, similarityOf, squash, words } from './text.js';
import { CLOSED, type TocDraft, type TocEntryDraft, groupHeading } from './toc.js';
import { CASE_TITLE, LETTER_TITLE, ROMAN_TITLE, canonicalNumber, followsNumber, glueNumberLetter, isLettered, isNumberLetter, numberValue } from './numbers.js';

export interface Candidate {
  i: number;
  /** The number as compared (`canonicalNumber`): `3a` for `3A`, `1` for `01`. */
  number: string | null;
  /** The number as written (`01`, `3A`), which the model keeps. */
  written: string | null;
  title: string;
  indent: number;
  /**
   * `marked`: a number in another dress (`3 - Title`, `§ 3. Title`, `(3) Title`); `bare`: a number alone on its line;
   * `tabbed`: a table row, `3<TAB>Title`; `til`: `Til punkt 3: Title`.
   */
  form: 'numbered' | 'decimal' | 'punkt' | 'pkt' | 'sag' | 'glued' | 'midline' | 'marker' | 'marked' | 'bare' | 'tabbed' | 'til';
}

export interface ItemDraft {
  /** 0-based first line of the item. */
  start: number;
  /** The number as compared, and as written (see Candidate). */
  number: string | null;
  written?: string | null;
  /** Title as found in the body (may be '' or a truncated form). */
  bodyTitle: string | null;
  toc: TocEntryDraft | null;
  /** 0-based lines that state the number/title (heading, separate title line). */
  titleLines: number[];
  indent: number;
}

const BULLET = '(?:[•·▪◦*–-] ?)?';
/** `Punkt 3`, `Punkt nr. 3 - Title`, `Punkt 3 af 6` (title below), `Dagsordenspunkt 3`, `Emne 3: Title`, `Item 4.` (in English). */
const PUNKT = new RegExp(`^${BULLET}(?:punkt|dagsordens?punkt|emne|item) ?(?:nr\\.? ?)?(\\d{1,4}(?:[a-z]| [a-z](?=[.:]|$))?)(?: af \\d{1,4})?[.:]?(?: (.*))?$`, 'i');
/** `Punkt 3, side 1`: the first page of item 3 (Aarhus), its title below; only at the start of a paragraph. */
const ITEM_FIRST_PAGE = /^Punkt (\d{1,4}), side 1$/;
const PKT = new RegExp(`^${BULLET}pkt\\.? ?(\\d{1,4}(?:[a-z]| [a-z](?=[.:]|$))?)[.:]?(?: (.*))?$`, 'i');
/** `Sag 12`, `Sag nr. 12: Title`, `Sag 87/2024 Title` (numbered through the year). */
const SAG = /^sag (?:nr\.? ?)?(\d{1,4}(?:[a-z]|\/(?:19|20)\d{2}|-\d{1,4})?)\b[.:]?(?: (.*))?$/i;
/**
 * `BR 45/2024   Godkendelse af dagsorden`, `ØU-sag 231: Title`: a committee's short name before a case numbered through
 * the year (only with `-sag` or a `/year`: `KL 12 …` is no item).
 */
// (`DBU 2024/2025 Serie 4` is a season: the case's number has three digits at most.)
const PREFIXED = /^\p{Lu}{2,4}(?:(-sag) (\d{1,4})|( )(\d{1,3}\/(?:19|20)\d{2}))[.:]? (\p{Lu}.*)$/u;
/**
 * `Ad 1) Title`, `Ad 3. Title`, `Ad pkt. 4 Title`, `Ad dagsordenens punkt 1 – Title`: association minutes and company
 * boards' protocols answer the agenda point by point.
 */
const AD = /^ad\.? ?(?:(?:dagsordenens )?(?:pkt\.? ?|punkt )|dagsordenspunkt ?)?(\d{1,4}[a-z]?)[.):]?(?: (.*))?$/i;
/** `Til punkt 1: Title`, `Til pkt. 4 Title`, `Til dagsordenens punkt 2`: the same, in school boards' minutes. */
const TIL_PUNKT = /^til (?:(?:dagsordenens )?(?:pkt\.? ?|punkt )|dagsordenspunkt ?)(\d{1,4}[a-z]?)[.):]?(?: (.*))?$/i;
const NUMBERED = new RegExp(`^${BULLET}(\\d{1,4}[a-zA-Z]?)(?:\\.(?!\\d)|\\)) ?(\\S.*)?$`, 'u');
/** `1.2 Title`: a group number and an item number. */
const DECIMAL = /^(\d{1,2}\.\d{1,2})\.? (\p{Lu}\p{Ll}.*)$/u;
/** `3 - Title`, `3 – Title`: the number set off by a dash. */
const DASHED = /^(\d{1,4}[a-z]?) [-–] (\p{Lu}.*)$/u;
/** `§ 3. Title`, `§ 3 Title`. */
const SECTION_SIGN = /^§ ?(\d{1,4}[a-z]?)\.? (\p{Lu}.*)$/u;
/** `(3) Title`. */
const PARENTHESISED = /^\((\d{1,4}[a-z]?)\) ?(\p{Lu}.*)$/u;
const GLUED_LABEL = /^(?:indholdsfortegnelse|indhold)(\d{1,4})\. ?(\S.*)$/i;
const GLUED_NUMBER = /^(\d{1,4})(\p{Lu}\p{Ll}.*)$/u;
const MARKER = /^(?:[•·▪◦*] ?)?(?:sagsid|sagsnr|j\.? ?nr)\.?:? ?\S/i;
/** Titles of the routine items that close an agenda; they often have no section headings. */
export const CLOSING_TITLES = /^(?:eventuelt|evt\.?|næste møde|meddelelser|orienteringer?|gensidig orientering|eventuelt og næste møde)[.:]?$/i;
const FILE_NAME = /\.(?:pdf|docx?|xlsx?|pptx?|odt|rtf|txt|msg|jpe?g|png|zip|csv)\)?$/i;


/** `Punkt 1 - Title`, `Pkt. 3: Title`: the separator after the number is not part of the title. */
function tidy(title: string | undefined): string {
  return (title ?? '').replace(/^[-–—:.] ?/u, '').trim();
}

const NUMBER_SPACE = /^(\d{1,3}) (\p{Lu}\p{Ll}.*)$/u;

/** An upper-case letter of a committee's short name: A–Z, Æ, Ø, Å. */
function isCapital(c: number): boolean {
  return (c >= 65 && c <= 90) || c === 0xc6 || c === 0xd8 || c === 0xc5;
}

/** A bullet `BULLET` allows: • · ▪ ◦ * - –. */
function isBullet(c: number): boolean {
  return c === 0x2022 || c === 0xb7 || c === 0x25aa || c === 0x25e6 || c === 42 || c === 45 || c === 0x2013;
}

export function candidateAt(doc: Doc, i: number, anchored: boolean): Candidate | null {
  const sq = doc.sq[i]!;
  if (sq === '' || sq.length > 300) return null;
  const c0 = sq.charCodeAt(0);
  // Each pattern can only match lines starting with certain characters; a pattern that cannot match is skipped (the
  // result is the same, the regex call is saved). `\d` is ASCII only.
  if (c0 >= 48 && c0 <= 57) return numberedAt(doc, i, sq, anchored);
  let m: RegExpExecArray | null;
  if (isBullet(c0)) {
    m = PUNKT.exec(sq);
    if (m) return { i, number: canonicalNumber(m[1]!), written: m[1]!, title: tidy(m[2]), indent: doc.indent[i]!, form: 'punkt' };
    m = PKT.exec(sq);
    if (m) return { i, number: canonicalNumber(m[1]!), written: m[1]!, title: tidy(m[2]), indent: doc.indent[i]!, form: 'pkt' };
    m = NUMBERED.exec(sq);
    if (m) return { i, number: canonicalNumber(m[1]!), written: m[1]!, title: m[2] ?? '', indent: doc.indent[i]!, form: 'numbered' };
    return null;
  }
  const c1 = sq.charCodeAt(1);
  if (isCapital(c0) && isCapital(c1) && (sq.includes('-sag ') || sq.includes('/'))) {
    m = PREFIXED.exec(sq);
    if (m) return { i, number: canonicalNumber(m[2] ?? m[4]!), written: m[2] ?? m[4]!, title: m[5]!, indent: doc.indent[i]!, form: 'sag' };
  }
  if (c0 === 112 || c0 === 80) {
    // `punkt …` or `pkt …` (the Kelvin sign is let through too, though NFC has made it a K before text gets here).
    if (c1 === 117 || c1 === 85) {
      if (c0 === 80 && (i === 0 || doc.blank[i - 1])) {
        m = ITEM_FIRST_PAGE.exec(sq);
        if (m) return { i, number: canonicalNumber(m[1]!), written: m[1]!, title: '', indent: doc.indent[i]!, form: 'punkt' };
      }
      m = PUNKT.exec(sq);
      if (m) return { i, number: canonicalNumber(m[1]!), written: m[1]!, title: tidy(m[2]), indent: doc.indent[i]!, form: 'punkt' };
    } else if (c1 === 107 || c1 === 75 || c1 === 0x212a) {
      m = PKT.exec(sq);
      if (m) return { i, number: canonicalNumber(m[1]!), written: m[1]!, title: tidy(m[2]), indent: doc.indent[i]!, form: 'pkt' };
    }
    return null;
  }
  if (c0 === 101 || c0 === 69) {
    // `Emne 3: …` heads an item only at the start of a paragraph (a list under `… følgende emner:` is text).
    if ((c1 !== 109 && c1 !== 77) || (i > 0 && !doc.blank[i - 1])) return null;
    m = PUNKT.exec(sq);
    if (m) return { i, number: canonicalNumber(m[1]!), written: m[1]!, title: tidy(m[2]), indent: doc.indent[i]!, form: 'punkt' };
    return null;
  }
  if (c0 === 100 || c0 === 68) {
    if (c1 !== 97 && c1 !== 65) return null;
    m = PUNKT.exec(sq);
    if (m) return { i, number: canonicalNumber(m[1]!), written: m[1]!, title: tidy(m[2]), indent: doc.indent[i]!, form: 'punkt' };
    return null;
  }
  if (c0 === 115 || c0 === 83) {
    if (c1 !== 97 && c1 !== 65) return null;
    m = SAG.exec(sq);
    // `Sag 87/2024 Title` heads an item with its title on the line, at a paragraph's start; `Sag 12/2023` alone under a
    // title is the case's reference.
    if (m && m[1]!.includes('/') && (!m[2] || (i > 0 && !doc.blank[i - 1]))) return null;
    // `Sag nr. 5 (ØU 23/2010)`: a case reference is not a title; the title is on the line above or below.
    if (m) return { i, number: canonicalNumber(m[1]!), written: m[1]!, title: /^\(.*\)$/u.test(m[2] ?? '') ? '' : tidy(m[2]), indent: doc.indent[i]!, form: 'sag' };
    return null;
  }
  if (c0 === 97 || c0 === 65) {
    if (c1 !== 100 && c1 !== 68) return null;
    m = AD.exec(sq);
    if (m) return { i, number: canonicalNumber(m[1]!), written: m[1]!, title: tidy(m[2]), indent: doc.indent[i]!, form: 'pkt' };
    return null;
  }
  if (c0 === 116 || c0 === 84) {
    if (c1 !== 105 && c1 !== 73) return null;
    // (At a paragraph's start: `Til pkt. 4: Skolefoto tilføjes …` inside a remark on the agenda is text.)
    if (i > 0 && !doc.blank[i - 1]) return null;
    m = TIL_PUNKT.exec(sq);
    if (m) return { i, number: canonicalNumber(m[1]!), written: m[1]!, title: tidy(m[2]), indent: doc.indent[i]!, form: 'til' };
    return null;
  }
  if (c0 === 105 || c0 === 73) {
    // `Item 4. Annual accounts 2023`: an item of minutes kept in English, among `Punkt N.` items in Danish.
    if (c1 === 116 || c1 === 84) {
      m = PUNKT.exec(sq);
      // (`Item 3. The host club provides boats for up to 12 crews.`: a sentence of an English text, no item.)
      return m && !SENTENCE_TITLE.test(tidy(m[2])) ? { i, number: canonicalNumber(m[1]!), written: m[1]!, title: tidy(m[2]), indent: doc.indent[i]!, form: 'punkt' } : null;
    }
    if (c1 !== 110 && c1 !== 78) return null;
    m = GLUED_LABEL.exec(sq);
    if (m) return { i, number: canonicalNumber(m[1]!), written: m[1]!, title: m[2]!, indent: doc.indent[i]!, form: 'glued' };
    return null;
  }
  if (c0 === 0xa7 || c0 === 40) {
    m = (c0 === 40 ? PARENTHESISED : SECTION_SIGN).exec(sq);
    if (m) return { i, number: canonicalNumber(m[1]!), written: m[1]!, title: m[2]!, indent: doc.indent[i]!, form: 'marked' };
  }
  return null;
}

/** `candidateAt` for a line starting with a digit: only NUMBERED, GLUED_NUMBER and NUMBER_SPACE can match. */
function numberedAt(doc: Doc, i: number, line: string, anchored: boolean): Candidate | null {
  let d = 1;
  while (d < line.length && d <= 4) {
    const c = line.charCodeAt(d);
    if (c < 48 || c > 57) break;
    d++;
  }
  if (d > 4) return null; // more than four digits: no pattern matches
  if (d === line.length) return bareNumberAt(doc, i, line);
  const sq = glueNumberLetter(line, d);
  // `4a. Title`: an item added under item 4; the letter is part of the number.
  let e = d;
  if (isNumberLetter(sq.charCodeAt(d))) {
    const after = sq.charCodeAt(d + 1);
    if (after === 46 || after === 41) e = d + 1;
  }
  const next = sq.charCodeAt(e);
  let m: RegExpExecArray | null;
  if (next === 46 || next === 41) {
    // `15.08.2016`: a digit after the dot is no heading (the pattern's `(?!\d)`).
    if (next === 46 && e === d) {
      const after = sq.charCodeAt(d + 1);
      if (after >= 48 && after <= 57) {
        // `1.2 Skoledistrikter …`: items numbered within groups (only ever taken where every item is numbered so).
        m = DECIMAL.exec(sq);
        return m ? { i, number: canonicalNumber(m[1]!), written: m[1]!, title: m[2]!, indent: doc.indent[i]!, form: 'decimal' } : null;
      }
    }
    m = NUMBERED.exec(sq);
    if (m) return { i, number: canonicalNumber(m[1]!), written: m[1]!, title: withoutCaseNumber(m[2] ?? ''), indent: doc.indent[i]!, form: 'numbered' };
    return null;
  }
  if (next === 32 && (sq.charCodeAt(e + 1) === 45 || sq.charCodeAt(e + 1) === 0x2013) && sq.charCodeAt(e + 2) === 32) {
    m = DASHED.exec(sq);
    if (m) return { i, number: canonicalNumber(m[1]!), written: m[1]!, title: m[2]!, indent: doc.indent[i]!, form: 'marked' };
  }
  // `1<TAB>Godkendelse af dagsorden<TAB>24-000312`: a row of a web page's item table copied from the browser; the
  // title is the cell after the number (the raw line keeps the tabs that squashing made spaces).
  if (next === 32 && e === d && doc.lines[i]!.charCodeAt(doc.indent[i]! + d) === 9) {
    m = TABBED_ROW.exec(doc.lines[i]!.trim());
    if (m) return { i, number: canonicalNumber(m[1]!), written: m[1]!, title: squash(m[2]!), indent: doc.indent[i]!, form: 'tabbed' };
  }
  if (!anchored) return null;
  // Only with a table of contents to confirm them: `38Godkendelse af dagsorden`, `5 Godkendelse af dagsorden`.
  if (next === 32) m = NUMBER_SPACE.exec(sq);
  else if (next > 127 || (next >= 65 && next <= 90)) m = GLUED_NUMBER.exec(sq);
  else return null;
  if (m) return { i, number: canonicalNumber(m[1]!), written: m[1]!, title: m[2]!, indent: doc.indent[i]!, form: 'glued' };
  return null;
}

/**
 * `24/01511 Godkendelse af dagsorden` after an item's number: the case number is no part of the title. (A season,
 * `2024/2025 Regnskab …`, is.)
 */
function withoutCaseNumber(title: string): string {
  const c = title.charCodeAt(0);
  if (!(c >= 48 && c <= 57 && CASE_TITLE.test(title))) return title;
  const season = /^((?:19|20)\d{2})\/((?:19|20)\d{2}) /u.exec(title);
  return season && Number(season[2]) === Number(season[1]) + 1 ? title : title.slice(title.indexOf(' ') + 1);
}

/** A title that is a sentence: it ends with a full stop, or it is a recommendation's point (`At …`). */
const SENTENCE_TITLE = /\.$|^at\b/i;

/** Forms that head items only where the first item has one of them. */
const OWN_FORMS: ReadonlySet<Candidate['form']> = new Set(['bare', 'tabbed', 'til']);

/** `3<TAB>Title<TAB>23-018832`: the number, its title cell, and other cells. */
const TABBED_ROW = /^(\d{1,3})\t+(\p{Lu}[^\t]*)(?:\t.*)?$/u;

/** `Åbent punkt`, `Lukket punkt  Sagsnr. 24-000215`, `Sagsnummer: …`: the line a publication puts under an item's title. */
const ITEM_MARK_LINE = /^(?:(?:åbent|lukket) punkt\b|sags?(?:nr|nummer)\b)/i;

/**
 * `1` / `Godkendelse af dagsorden` / `Åbent punkt  Sagsnr. …`: a number on a line of its own, as a web page copied from
 * the browser gives an item whose number stands in a box beside its title. Only with its title right under it and the
 * publication's item line, or a section heading, right under that: a page number or a table cell has neither.
 */
function bareNumberAt(doc: Doc, i: number, line: string): Candidate | null {
  if (line.length > 3 || i + 2 >= doc.n || doc.blank[i + 1] || doc.blank[i + 2]) return null;
  const title = doc.sq[i + 1]!;
  if (!/^\p{Lu}/u.test(title) || title.length > 200 || isHeadingLine(doc, i + 1)) return null;
  const c2 = title.charCodeAt(0);
  if (c2 >= 48 && c2 <= 57) return null;
  // (A page number over a running header over a heading, `2` / `Økonomiudvalget 08.04.2024` / `Indstilling`, is not.)
  if (!ITEM_MARK_LINE.test(doc.sq[i + 2]!)) return null;
  return { i, number: canonicalNumber(line), written: line, title: '', indent: doc.indent[i]!, form: 'bare' };
}

/** A title that could head an item: not a file name, starts like a title, not too long. */
export function plausibleTitle(title: string): boolean {
  const t = title.trim();
  if (t === '') return true;
  if (t.length > 250 || FILE_NAME.test(t)) return false;
  const z = t.charCodeAt(t.length - 1);
  if ((z === 0x2192 || z === 0xbb || t.includes(' | ')) && NAVIGATION_TITLE.test(t)) return false;
  // (`Sag 1 – j.nr. 23-41872 – Specialundervisning …`: a title may start with its case reference.)
  // (A letter the export could not decode, `�rsberetning`, may start a title too.)
  return /^[\p{Lu}\p{N}"'«»”“(§\ufffd]/u.test(t) || CASE_REFERENCE.test(t);
}

/**
 * A web page's own title or its links to the next page: `… | Kolding Kommune` (the browser tab's title), `… →`,
 * `… »` (the link to the next item's page).
 */
const NAVIGATION_TITLE = / \| [^|]*(?:kommune|region|folketinget|\.dk)$|[→»]$/i;

/** `j.nr. 23-41872 – Specialundervisning …`: a case reference, a dash, and the title. */
const CASE_REFERENCE = /^(?:j\.? ?nr\.?|sagsnr\.?|sags?nummer) ?[\d/-]{2,20} [–-] \p{Lu}/iu;

function isHeadingLine(doc: Doc, i: number): boolean {
  return doc.heading(i) !== null || doc.committee(i) !== null;
}

/** For `Punkt N.` / `Pkt. N` without a title: the next non-blank line is the title, unless it is a heading. */
function titleBelow(doc: Doc, c: Candidate, limit: number): number | null {
  if (c.title !== '') return null;
  if (c.form === 'sag' && c.i > 0 && !doc.blank[c.i - 1] && titleAbove(doc, c, 0) !== null) return null;
  const j = nextNonBlank(doc, c.i + 1, limit);
  if (j >= limit || isHeadingLine(doc, j) || candidateAt(doc, j, false)) return null;
  // (`Sagsnr.: 24/004411`, `Åbent punkt`: the publication's item line, no title; the title may stand under it.)
  if (MARKER.test(doc.sq[j]!) || ITEM_MARK_LINE.test(doc.sq[j]!)) return titleUnderMarks(doc, j, limit);
  return j;
}

/**
 * `Punkt 12` / `Sagsnr.: 24/1234` / `Åbent punkt` / `Vedtagelse af lokalplan 1203`: the title under an item page's
 * own lines, where it is one line, ends no sentence, and a section heading follows it (the first line of a text
 * without headings is no title).
 */
function titleUnderMarks(doc: Doc, j: number, limit: number): number | null {
  for (let k = 0; k < 3 && j < limit && (MARKER.test(doc.sq[j]!) || ITEM_MARK_LINE.test(doc.sq[j]!)); k++) j = nextNonBlank(doc, j + 1, limit);
  if (j >= limit || isHeadingLine(doc, j) || candidateAt(doc, j, false) || MARKER.test(doc.sq[j]!) || ITEM_MARK_LINE.test(doc.sq[j]!)) return null;
  const t = doc.sq[j]!;
  if (t.length > 160 || t.endsWith('.') || !plausibleTitle(t)) return null;
  const after = nextNonBlank(doc, j + 1, limit);
  return after < limit && doc.heading(after) !== null ? j : null;
}

/** For `Sag nr. N` without a title: the title is the line directly above (Rødovre-style exports). */
function titleAbove(doc: Doc, c: Candidate, floor: number): number | null {
  if (c.form !== 'sag' || c.title !== '') return null;
  const j = c.i - 1;
  // (A title may read like a heading with its text, `Høring: Kvalitetsrapport for skolerne 2022/23`.)
  const h = j >= floor && !doc.blank[j] ? doc.heading(j) : null;
  if (j < floor || doc.blank[j] || (isHeadingLine(doc, j) && !(h !== null && h.kind === 'other' && h.inline !== null)) || candidateAt(doc, j, false)) return null;
  return j;
}

/** A title with its fold key and word set, each computed once when first needed. */
interface TitleRef {
  text: string;
  key: string | null;
  words: Set<string> | null;
}

function titleRef(text: string): TitleRef {
  return { text, key: null, words: null };
}

function keyOf(r: TitleRef): string {
  if (r.key === null) r.key = foldKey(r.text);
  return r.key;
}

function wordsOf(r: TitleRef): Set<string> {
  if (r.words === null) r.words = new Set(words(r.text));
  return r.words;
}

/** `titleSimilarity(a, b) >= 0.6`, with fold keys and word sets kept on the refs: the same TOC titles are compared with many candidates. */
function sameTitle(a: TitleRef, b: TitleRef): boolean {
  // The usual hit: the body repeats the TOC title exactly; one fold key tells (equal keys, similar unless empty).
  if (a.text === b.text) return (a.key ?? keyOf(b)) !== '';
  return similarityOf(keyOf(a), keyOf(b), () => wordsOf(a), () => wordsOf(b)) >= 0.6;
}

/** Looks for `N. Title` of one TOC entry inside a line (squashed PDF text, headings glued to the previous word). */
function midlineMatch(doc: Doc, i: number, e: TocEntryDraft, marker: string, title: TitleRef): boolean {
  if (e.number === null) return false;
  const sq = doc.sq[i]!;
  let at = sq.indexOf(marker);
  if (at === -1) return false;
  const want = keyOf(title);
  if (want.length < 4) return false;
  while (at !== -1) {
    const before = at === 0 ? 0 : sq.charCodeAt(at - 1);
    if (!(before >= 48 && before <= 57)) {
      const rest = foldKey(sq.slice(at + marker.length, at + marker.length + e.title.length + 40));
      if (rest.startsWith(want) || (rest.length >= 10 && want.startsWith(rest))) return true;
    }
    at = sq.indexOf(marker, at + 1);
  }
  return false;
}

/** `– Tidsplan for udvalgsbehandlingen`: a short dash-led rest of a title, without a full stop. */
const SUBTITLE_DASH = /^[–-] \p{Lu}[^.:;]{2,60}$/u;

/** The end of a line that a title wrapped at: a word that needs the next one, a comma, a dash or a hyphen. */
export const WRAP_END = /(?:^|\s)(?:af|til|for|og|i|på|om|med|ved|fra|samt|eller|mellem|under|efter|over|vedr\.|vedrørende|angående|hos|mod)$|(?:,|\s[–-]|\p{Ll}-)$/u;

/**
 * Whether the title on line `head` goes on on the next line: the title ends where a title cannot end (WRAP_END), and
 * the next line starts in lower case, is short, is neither a heading nor an item, and stands alone (blank line or
 * heading under it), as a title's second line does and a paragraph does not.
 */
function wrappedTitleGoesOn(doc: Doc, head: number, limit: number): boolean {
  const k = head + 1;
  if (k >= limit || doc.blank[k]) return false;
  const next = doc.sq[k]!;
  if (next.length > 100 || isHeadingLine(doc, k) || candidateAt(doc, k, false)) return false;
  // `L 112 Forslag til lov om …` / `(Gennemførelse af medieaftalen for 2023-2026)`: a bill's subtitle in brackets
  // (`(Bilag 1)`, `(Godkendt)` under other titles are a reference and a decision).
  if (next.charCodeAt(0) === 40 && next.endsWith(')') && BILL.test(doc.sq[head]!)) return true;
  const end = WRAP_END.exec(doc.sq[head]!);
  const word = end !== null && /^\s?\p{Ll}+$/u.test(end[0]);
  // A long heading line wrapped at the margin, its rest a few words in lower case (`… til samråd om DR's` /
  // `regionale nyhedsdækning`).
  if (end === null && doc.sq[head]!.length >= 60 && next.length <= 40 && titleRest(next)) return true;
  // (After a word that needs the next one, `… samt tillæg nr. 2 til` / `Kommuneplan 2013-2025 …`, also in upper case.)
  // (After a dash too, `7. Låneoptagelse 2024 -` / `Silkeborg Forsyning A/S …`, where a blank line or heading follows.)
  const dash = end !== null && /[–-]$/u.test(end[0]);
  if (end === null || !(/^\p{Ll}/u.test(next) || ((word || dash) && /^\p{Lu}/u.test(next)))) return false;
  if (k + 1 >= limit || doc.blank[k + 1] || isHeadingLine(doc, k + 1) || MARKER.test(doc.sq[k + 1]!)) return true;
  // With text right under it: a short rest of a sentence the word left open (`… ventetider til behandling i` /
  // `psykiatrien`), not a paragraph's next line.
  return word && next.length <= 60 && titleRest(next);
}

/** A bill in Folketinget's agendas: `L 112 Forslag til lov om …`, `B 45`, `Forslag til folketingsbeslutning om …`. */
const BILL = /\b[LBF] \d{1,3}\b|[Ff]orslag til (?:lov|folketingsbeslutning)/u;

/**
 * Whether a short line under a heading reads as the rest of its title: it starts in lower case, with no abbreviation
 * or list mark (`kl. 18.50`, `jf. bilag 2`, `se bilag`, `a) forslag …`), and has no end a title does not have (`.`,
 * `:`, `;`, or a word that needs the next one, `… program og`).
 */
function titleRest(next: string): boolean {
  return /^\p{Ll}/u.test(next) && !/^\p{Ll}[.)] /u.test(next) && !TEXT_START.test(next) && !WRAP_END.test(next) && !/[.:;!?]$/u.test(next);
}

/** Words that start text under a title, not the title's rest (`kr.` ends there, `kræftpakker` does not). */
const TEXT_START = /^(?:kl|jf|se|ca|kr|pkt|bl\.a|inkl|ekskl|evt|herunder|vedr)(?!\p{L})/u;

function draftFrom(doc: Doc, c: Candidate, toc: TocEntryDraft | null, floor: number, limit: number): ItemDraft {
  const above = titleAbove(doc, c, floor);
  const below = above === null ? titleBelow(doc, c, limit) : null;
  const titleLines = [c.i];
  let bodyTitle: string | null = c.title === '' ? null : c.title;
  if (c.form === 'midline') bodyTitle = toc?.title ?? null;
  if (below !== null) {
    titleLines.push(below);
    bodyTitle = doc.sq[below]!;
  }
  // A title wrapped onto one more line (`Ansøgning om tilskud til etablering af` / `legeplads ved Bøgevej`).
  const head = titleLines[titleLines.length - 1]!;
  if (bodyTitle !== null && c.form !== 'midline' && toc !== null) {
    // The contents give the whole title: the lines under the heading that complete it are its wrapped lines, however
    // they start (`… rekreative arealer ved` / `Stensballe Strand - endelig vedtagelse`).
    const whole = foldKey(toc.title);
    for (let k = head + 1; k < limit && k <= head + 2 && !doc.blank[k] && foldKey(bodyTitle) !== whole; k++) {
      const joined = joinWrapped(bodyTitle, doc.sq[k]!);
      const other = isHeadingLine(doc, k) ? null : candidateAt(doc, k, false);
      if (isHeadingLine(doc, k) || CLOSED.test(doc.sq[k]!) || (other !== null && plausibleTitle(other.title)) || !whole.startsWith(foldKey(joined))) break;
      titleLines.push(k);
      bodyTitle = joined;
    }
  }
  if (bodyTitle !== null && c.form !== 'midline' && titleLines.length === (below === null ? 1 : 2) && wrappedTitleGoesOn(doc, head, limit)) {
    titleLines.push(head + 1);
    bodyTitle = joinWrapped(bodyTitle, doc.sq[head + 1]!);
    // A bill's subtitle in brackets may be followed by what the item does with it (`– Tidsplan for udvalgsbehandlingen`).
    const k = head + 2;
    if (bodyTitle.endsWith(')') && k < limit && !doc.blank[k] && SUBTITLE_DASH.test(doc.sq[k]!) && !isHeadingLine(doc, k)) {
      titleLines.push(k);
      bodyTitle = `${bodyTitle} ${doc.sq[k]!}`;
    }
  }
  let start = c.i;
  if (above !== null) {
    titleLines.unshift(above);
    bodyTitle = doc.sq[above]!;
    start = above;
    // The title above wrapped over two lines (`… delområde F og G -` / `endelig vedtagelse`).
    const first = above - 1;
    if (first >= floor && !doc.blank[first] && wrappedTitleGoesOn(doc, first, c.i) && !isHeadingLine(doc, first) && !candidateAt(doc, first, false)) {
      titleLines.unshift(first);
      bodyTitle = joinWrapped(doc.sq[first]!, bodyTitle);
      start = first;
    }
  }
  return { start, number: c.number, written: c.written, bodyTitle, toc, titleLines, indent: c.indent };
}

/** Items anchored on the table of contents. */
function anchoredItems(doc: Doc, toc: TocDraft, from: number): ItemDraft[] {
  const entries = toc.entries;
  const found: Array<ItemDraft | null> = entries.map(() => null);
  const refs = entries.map((e) => titleRef(e.title));
  const markers = entries.map((e) => `${e.number}.`);
  let k = 0;
  let byNumberOnly = false;
  const cands: Candidate[] = [];
  for (let i = from; i < doc.n; i++) {
    if (doc.blank[i]) continue;
    const c = candidateAt(doc, i, true);
    if (c) cands.push(c);
    if (k >= entries.length) continue;
    let hit = -1;
    // Only a candidate whose number some entry in reach has (or that an unnumbered entry could take) is compared.
    const lim = Math.min(entries.length, k + 40);
    let j0 = -1;
    if (c) {
      for (let j = k; j < lim; j++) {
        const e = entries[j]!;
        if (e.number === null || e.number === c.number) {
          j0 = j;
          break;
        }
      }
    }
    if (c && j0 >= 0 && plausibleTitle(c.title)) {
      const below = c.title === '' ? titleBelow(doc, c, doc.n) : null;
      const t = below !== null ? doc.sq[below]! : c.title;
      const tr = titleRef(t);
      for (let j = j0; j < lim; j++) {
        const e = entries[j]!;
        if (e.number !== null && e.number !== c.number) continue;
        if (t !== '' && sameTitle(tr, refs[j]!)) {
          hit = j;
          break;
        }
      }
      if (hit >= 0) {
        const d = draftFrom(doc, c, entries[hit]!, from, doc.n);
        // (`Ad 5.` / `Næste møde afholdes torsdag den 13. december …`: a sentence starting with the title is text.)
        if (below !== null && t.length > entries[hit]!.title.length + 20 && (t.endsWith('.') || t.includes('. ') || (below + 1 < doc.n && !doc.blank[below + 1] && !isHeadingLine(doc, below + 1)))) {
          d.bodyTitle = null;
          d.titleLines = [c.i];
        }
        found[hit] = d;
        k = hit + 1;
        continue;
      }
      // `Ad 1.` / `Punkt 1.` alone at a paragraph's start, the next entry's number, with the text right under it (the
      // contents hold the titles, the body answers point by point): the item, titled as the contents title it.
      // (Only where every item so far was found so: `Ad 3` in item 2's decision, after items found by their titles,
      // is a point of that decision.)
      if (c.title === '' && j0 === k && (k === 0 || byNumberOnly) && (c.form === 'pkt' || c.form === 'punkt') && (i === 0 || doc.blank[i - 1])) {
        byNumberOnly = true;
        const d = draftFrom(doc, c, entries[k]!, from, doc.n);
        d.bodyTitle = null;
        d.titleLines = [c.i];
        // (`Pkt. 118` at a page's top, `118. Lokalplan nr. 530 …, endelig vedtagelse` under it: the heading under it
        // titles the item as the body words it.)
        const j = nextNonBlank(doc, c.i + 1);
        const under = j < doc.n ? candidateAt(doc, j, false) : null;
        if (under !== null && under.number === c.number && under.title !== '' && plausibleTitle(under.title) && !SENTENCE_TITLE.test(under.title) && !under.title.includes(': ')) {
          d.bodyTitle = under.title;
          d.titleLines = [c.i, j];
        }
        found[k] = d;
        k++;
        continue;
      }
    }
    // An unnumbered entry (`Dagsorden:` over bare titles): its title alone on a line after a blank line.
    if (!c && entries[k]!.number === null && (i === 0 || doc.blank[i - 1]) && doc.key(i) === keyOf(refs[k]!) && keyOf(refs[k]!) !== '') {
      found[k] = draftFrom(doc, { i, number: null, written: null, title: doc.sq[i]!, indent: doc.indent[i]!, form: 'numbered' }, entries[k]!, from, doc.n);
      k++;
      continue;
    }
    if (midlineMatch(doc, i, entries[k]!, markers[k]!, refs[k]!)) {
      const e = entries[k]!;
      found[k] = draftFrom(doc, { i, number: e.number, written: e.written ?? e.number, title: '', indent: doc.indent[i]!, form: 'midline' }, e, from, doc.n);
      k++;
    }
  }
  // Second pass: an entry not found by title may stand in the body under another title (a retitled item). Accept a
  // candidate with its number only where it stands like a heading: alone between blank lines, between its neighbours.
  // Linear: the neighbours come from prefix/suffix arrays and the candidates are walked with one pointer.
  const prevStart: number[] = new Array(entries.length);
  let last = from - 1;
  for (let j = 0; j < entries.length; j++) {
    prevStart[j] = last;
    if (found[j]) last = found[j]!.start;
  }
  const nextStart: number[] = new Array(entries.length);
  let nxt = doc.n;
  for (let j = entries.length - 1; j >= 0; j--) {
    nextStart[j] = nxt;
    if (found[j]) nxt = found[j]!.start;
  }
  let ci = 0;
  for (let j = 0; j < entries.length; j++) {
    if (found[j]) continue;
    const lo = prevStart[j]!;
    const hi = nextStart[j]!;
    const e = entries[j]!;
    while (ci < cands.length && cands[ci]!.i <= lo) ci++;
    // The entry's title under another number, where the entry belongs (the contents or the body numbered two items
    // the other way round, or a typo such as `6.` twice): the title decides, where the heading stands like one. The
    // heading keeps its number, so `item-numbering` and `toc-mismatch` report it, instead of its text going to the
    // item above.
    let titled = -1;
    for (let x = ci; x < cands.length && cands[x]!.i < hi && titled < 0; x++) {
      const c = cands[x]!;
      if (c.number === e.number || c.form === 'glued' || c.title === '' || !plausibleTitle(c.title)) continue;
      if (sameTitle(titleRef(c.title), refs[j]!) && standsAlone(doc, c.i) && (structureFollows(doc, c.i, hi) || repeatedTitleFollows(doc, c))) titled = x;
    }
    if (titled >= 0) {
      found[j] = draftFrom(doc, cands[titled]!, e, from, doc.n);
      ci = titled + 1;
      continue;
    }
    for (let x = ci; x < cands.length && cands[x]!.i < hi; x++) {
      const c = cands[x]!;
      if (
        c.number === e.number &&
        c.form !== 'glued' &&
        c.title !== '' &&
        plausibleTitle(c.title) &&
        // (Alone between blank lines, or, in an export without blank lines, with a section heading right under it —
        // then not a sentence, `4. At sagen sendes til endelig godkendelse i Byrådet.`, a point of a recommendation.)
        (standsAlone(doc, c.i) || (c.i + 1 < doc.n && !doc.blank[c.i + 1] && isHeadingLine(doc, c.i + 1) && !SENTENCE_TITLE.test(c.title))) &&
        (structureFollows(doc, c.i, hi) || repeatedTitleFollows(doc, c))
      ) {
        found[j] = draftFrom(doc, c, e, from, doc.n);
        ci = x + 1;
        break;
      }
    }
  }
  outOfOrder(doc, entries, refs, found, cands, from);
  const items = found.filter((f): f is ItemDraft => f !== null);
  // Unlisted items: a numbered heading that stands alone, is followed by sections, and whose number fits between its
  // neighbours but is in no TOC entry. The `toc-mismatch` rule reports these.
  const tocNumbers = new Set(entries.map((e) => e.number));
  const starts = new Set(items.map((it) => it.start));
  const extra: ItemDraft[] = [];
  let p = 0;
  for (const c of cands) {
    while (p < items.length && items[p]!.start < c.i) p++;
    if (c.number === null || tocNumbers.has(c.number) || c.form === 'glued' || c.form === 'decimal' || c.title === '' || !plausibleTitle(c.title)) continue;
    if (starts.has(c.i)) continue;
    const prev = p > 0 ? items[p - 1] : undefined;
    const next = items[p];
    const n = numberValue(c.number);
    // An inserted item continues the numbering (a far-off number such as `20. Nyhedsbrev …` is a list in a body).
    if (prev && !(numberValue(prev.number) < n && n <= numberValue(prev.number) + 2)) continue;
    if (next && !(n < numberValue(next.number))) continue;
    if (prev && c.indent > prev.indent) continue;
    if (standsAlone(doc, c.i) && structureFollows(doc, c.i, next ? next.start : doc.n) && repeatedTitleFollows(doc, c)) {
      extra.push(draftFrom(doc, c, null, from, doc.n));
    }
  }
  items.push(...extra);
  return items.sort((a, b) => a.start - b.start);
}

/**
 * Third pass: an entry still not found whose heading stands elsewhere in the body, out of the contents' order (an item
 * moved without renumbering). Only on strong evidence, since nothing bounds where it may stand: its number and its
 * title as the contents give them, alone on its line, followed by its repeated title or a section heading. The
 * `item-numbering` rule then reports the order; without this pass the item would be swallowed by the one above it.
 */
function outOfOrder(doc: Doc, entries: readonly TocEntryDraft[], refs: readonly TitleRef[], found: Array<ItemDraft | null>, cands: readonly Candidate[], from: number): void {
  let missing = false;
  for (let j = 0; j < entries.length && !missing; j++) missing = found[j] === null && entries[j]!.number !== null;
  if (!missing) return;
  const used = new Set<number>();
  for (const f of found) if (f) for (const l of f.titleLines) used.add(l);
  const byNumber = new Map<string, Candidate[]>();
  for (const c of cands) {
    if (c.number === null || c.form === 'glued' || used.has(c.i)) continue;
    const list = byNumber.get(c.number);
    if (list) list.push(c);
    else byNumber.set(c.number, [c]);
  }
  for (let j = 0; j < entries.length; j++) {
    const e = entries[j]!;
    if (found[j] || e.number === null) continue;
    for (const c of byNumber.get(e.number) ?? []) {
      if (used.has(c.i) || !standsAlone(doc, c.i)) continue;
      const below = c.title === '' ? titleBelow(doc, c, doc.n) : null;
      const t = below !== null ? doc.sq[below]! : c.title;
      if (t === '' || !plausibleTitle(t) || !sameTitle(titleRef(t), refs[j]!)) continue;
      if (!repeatedTitleFollows(doc, c) && !structureFollows(doc, below ?? c.i, doc.n)) continue;
      const d = draftFrom(doc, c, e, from, doc.n);
      found[j] = d;
      for (const l of d.titleLines) used.add(l);
      break;
    }
  }
}

/** Whether the next non-blank line under candidate `c` is text: not a numbered line, not a heading. */
function textFollows(doc: Doc, c: Candidate): boolean {
  const j = nextNonBlank(doc, c.i + 1);
  return j < doc.n && candidateAt(doc, j, false) === null && !isHeadingLine(doc, j);
}

/** Whether the next non-blank line under candidate `c` repeats its title. */
function titleRepeatsBelow(doc: Doc, c: Candidate): boolean {
  const j = nextNonBlank(doc, c.i + 1);
  return j < doc.n && c.title !== '' && doc.key(j) === foldKey(c.title);
}

/** Whether the line right above candidate `c` (no blank line between) is a numbered line one lower: a list. */
function continuesList(doc: Doc, c: Candidate): boolean {
  if (c.i === 0 || doc.blank[c.i - 1] || c.number === null) return false;
  const above = candidateAt(doc, c.i - 1, false);
  return above !== null && followsNumber(above.number, c.number);
}

function standsAlone(doc: Doc, i: number): boolean {
  const before = i === 0 || doc.blank[i - 1];
  const after = i + 1 >= doc.n || doc.blank[i + 1] || isHeadingLine(doc, i + 1);
  return Boolean(before && after);
}

function structureFollows(doc: Doc, i: number, limit: number): boolean {
  for (let j = i + 1; j < limit && j < i + 400; j++) {
    if (doc.blank[j]) continue;
    if (isHeadingLine(doc, j)) return true;
    const c = candidateAt(doc, j, false);
    // A number in another dress (`§ 1 Navn` of bylaws quoted in the item) does not end the item.
    if (c && c.number !== null && c.form !== 'marked') return false;
  }
  return false;
}

function repeatedTitleFollows(doc: Doc, c: Candidate): boolean {
  const j = nextNonBlank(doc, c.i + 1);
  return j < doc.n && (foldKey(doc.sq[j]!) === foldKey(c.title) || isHeadingLine(doc, j));
}

/** Items in a document without a usable table of contents. */
function unanchoredItems(doc: Doc, from: number): ItemDraft[] {
  const cands: Candidate[] = [];
  for (let i = from; i < doc.n; i++) {
    if (doc.blank[i]) continue;
    const c = candidateAt(doc, i, false);
    if (c && plausibleTitle(c.title)) cands.push(c);
  }
  // Group a bullet TOC line and the heading that repeats it (`• Pkt. 42 Title` … `Pkt. 42`): one item.
  const groups: Candidate[][] = [];
  for (const c of cands) {
    const g = groups[groups.length - 1];
    const head = g?.[0];
    if (
      g &&
      head &&
      head.number === c.number &&
      c.i - g[g.length - 1]!.i <= 8 &&
      !hasHeadingBetween(doc, g[g.length - 1]!.i, c.i) &&
      (head.title === '' || (c.title === '' ? sameTitleBelow(doc, c, head.title) : sameTitle(titleRef(c.title), titleRef(head.title))))
    ) {
      g.push(c);
    } else groups.push([c]);
  }
  const items: ItemDraft[] = [];
  let prevNumber = -Infinity;
  let prevWritten: string | null = null;
  let itemIndent: number | null = null;
  let allSame = true;
  // How the items are numbered: `1.1`, `1.2`, `2.1`, `§ 1.`, `(1)`, `1 - ` or otherwise (set by the first item).
  let style = '';
  let firstPunct = '';
  let punct: string | null = null;
  const usedNumbers = new Set<string>();
  let firstForm: Candidate['form'] = 'numbered';
  let firstNumber = Number.NaN;
  const heads: Candidate[] = [];
  for (let gi = 0; gi < groups.length; gi++) {
    const g = groups[gi]!;
    const head = g[0]!;
    const last = g[g.length - 1]!;
    // The next item-like line numbered the same way (`§ 1 Navn` of bylaws quoted in item 2 does not end item 2).
    let nextStart = doc.n;
    const headStyle = styleOf(doc, head);
    // (Nor does a list in it numbered from 1: the next item's number is not lower than this one's.)
    const headValue = numberValue(head.number);
    // (At most 400 groups ahead: structureFollows looks no further than 400 lines anyway; linear on any input.)
    for (let gj = gi + 1; gj < groups.length && gj <= gi + 400 && nextStart === doc.n; gj++) {
      const g2 = groups[gj]![0]!;
      if (styleOf(doc, g2) === headStyle && !(numberValue(g2.number) < headValue)) nextStart = g2.i;
    }
    const n = numberValue(head.number);
    // A lower number under a group heading (`Lukkede sager` / `75. …` after the added items 77 and 78) starts a group
    // printed out of order, when it has not been an item yet.
    if (n < prevNumber && !(groupHeadingAbove(doc, head.i) && !usedNumbers.has(head.number!) && n > firstNumber)) continue;
    // A repeated number is a list inside a body, unless every item so far has that number (an ordered list
    // rendered as `1.` throughout, as blogs do).
    if (n === prevNumber && !allSame) continue;
    if (itemIndent !== null && head.indent > itemIndent + 1) continue;
    // Items are numbered one way throughout: `2.1 Baggrund` under item 2 is a sub-heading, not an item.
    if (items.length > 0 && styleOf(doc, head) !== style) continue;
    // A number alone on its line, a table row, `Til pkt. 4:`: items only where the first item is one too (in another
    // item's text they are a list, a table's rows, a remark on the agenda).
    if (items.length > 0 && OWN_FORMS.has(head.form) !== OWN_FORMS.has(firstForm)) continue;
    // Punctuated otherwise than the items so far (`Punkt 4 Opsigelse`, a contract's clause quoted under items written
    // `Punkt 2.`), with a line punctuated as they are still to come that goes on from the last item: a clause, not an item.
    if (punct !== null && punctOf(doc, head) !== punct && laterItemPunctuated(doc, groups, gi, style, punct, prevNumber)) continue;
    // The last line of a numbered list in a body (` 3. …` right under ` 2. …`) is followed by the next heading as an
    // item heading is; it is a list item all the same. (The lines above it never got here: a numbered line follows.)
    if (g.length === 1 && continuesList(doc, head)) continue;
    // A bare lettered number (`2a. Ekstra bevilling`) without contents to list it is an item only where it stands as one:
    // alone on its line with a section heading or its repeated title right under it. In running text it is a list.
    // So is the first of items numbered in another dress (`§ 3 Formål` opens a paragraph of bylaws quoted in an item);
    // the items after it are numbered the same way (below).
    const strict = (head.form === 'numbered' && isLettered(head.number)) || (head.form === 'marked' && items.length === 0);
    // (`§ 3 Regnskab` over a decision heading, with `§ 4`, `§ 5` … after it at paragraph starts: the items of a general
    // assembly numbered by its bylaws' agenda. Quoted bylaws carry no decision heading under their first paragraph.)
    // (The run counts from `§ 1`: bylaws quoted from their third paragraph on are no agenda.)
    const sectionRun = strict && head.form === 'marked' && headStyle === '§' && runAhead(doc, groups, gi) >= 3 && runsBackToOne(doc, groups, gi) && structureFollows(doc, last.i, nextStart);
    if (strict && !sectionRun && !(standsAlone(doc, head.i) && repeatedTitleFollows(doc, head))) continue;
    // A far jump in the numbering (`20. Nyhedsbrev …` after item 8) is a list or a reference, unless the title repeats
    // under it as item titles do. (Closed items left out of public minutes leave gaps, but short ones.)
    if (items.length > 0 && n > prevNumber + 10 && !titleRepeatsBelow(doc, head)) continue;
    // (A bare number has its item line or a heading right under its title, or it is no candidate.)
    // (So does a markdown heading, `## 1. Godkendelse af dagsorden`: its writer made it one.)
    const structured = head.form === 'bare' || doc.lines[head.i]!.charCodeAt(0) === 35 || structureFollows(doc, last.i, nextStart) || hasHeadingBetween(doc, last.i, nextStart);
    // The closing items of an agenda often have no headings under them: accept them when they continue the numbering.
    // So do closed items shown by their title only (`6. Salg af erhvervsjord` / `Lukket punkt`).
    const closing =
      items.length >= 1 &&
      followsNumber(prevWritten, head.number) &&
      head.indent === itemIndent &&
      (CLOSING_TITLES.test(head.title) || (closedBelow(doc, last) && closedItemAt(doc, groups, gi)));
    // `Pkt. 4 – Budget 2022`, `Ad 2) Økonomi`, `Sag nr. 13` / `Salg af kommunal ejendom`: item words make a heading of
    // their own, also where plain text follows (school boards and associations write no section headings, and a closed
    // case may have only `Lukket sag.` under it) — when it continues the numbering and text, not another numbered line
    // (a contents list), follows it.
    const wordForm = head.form === 'punkt' || head.form === 'pkt' || head.form === 'til' || head.form === 'sag';
    const below = wordForm && head.title === '' ? titleBelow(doc, head, nextStart) : null;
    const worded =
      wordForm &&
      (head.title !== '' || below !== null) &&
      (items.length === 0 || followsNumber(prevWritten, head.number)) &&
      (textFollows(doc, below === null ? last : { ...last, i: below }) || (head.title !== '' && nextItemFollows(doc, groups, gi)));
    // A table row that goes on from the last item is one (`2<TAB>Orientering<TAB>24-000312` over a collapsed `Åbn`).
    const row = head.form === 'tabbed' && followsNumber(prevWritten, head.number) && head.indent === itemIndent;
    if (!structured && !closing && !worded && !row) continue;
    const draft = draftFrom(doc, head, null, from, doc.n);
    for (const extra of g.slice(1)) {
      draft.titleLines.push(extra.i);
      const below = titleBelow(doc, extra, doc.n);
      if (below !== null) {
        draft.titleLines.push(below);
        if (!draft.bodyTitle) draft.bodyTitle = doc.sq[below]!;
      }
    }
    if (items.length > 0 && n !== prevNumber) allSame = false;
    if (items.length === 0) {
      style = styleOf(doc, head);
      firstForm = head.form;
      firstNumber = n;
    }
    // The punctuation after the number, once two items agree on it (one may be written carelessly).
    if (items.length === 0) firstPunct = punctOf(doc, head);
    else if (items.length === 1) punct = punctOf(doc, head) === firstPunct ? firstPunct : null;
    items.push(draft);
    heads.push(head);
    if (head.number !== null) usedNumbers.add(head.number);
    prevNumber = n;
    prevWritten = head.number;
    itemIndent = itemIndent === null ? head.indent : Math.min(itemIndent, head.indent);
  }
  if (punct === null || itemIndent === null) return items;
  return fillNumbering(doc, groups, heads, items, { style, punct, indent: itemIndent, from });
}

/**
 * The number of groups from `gi` on whose headings count up by one, each written as group `gi`'s is and at the start
 * of a paragraph (groups of other numberings in between are passed over; at most 400 groups ahead).
 */
function runAhead(doc: Doc, groups: readonly Candidate[][], gi: number): number {
  const head = groups[gi]![0]!;
  const style = styleOf(doc, head);
  const punct = punctOf(doc, head);
  let last = head;
  let run = 1;
  for (let gj = gi + 1; gj < groups.length && gj <= gi + 400; gj++) {
    const c = groups[gj]![0]!;
    if (!writtenAs(doc, c, style, punct) || !startsParagraph(doc, c.i, 0)) continue;
    if (!followsNumber(last.number, c.number)) break;
    last = c;
    run++;
  }
  return run;
}

/** `Eventuelt`, `Evt.`: the item that closes an agenda. */
const ANY_OTHER_BUSINESS = /^(?:eventuelt|evt\.?)[.:]?$/i;

/**
 * Whether a line between two lines (exclusive) heads a list rather than an item's text: an attachments heading
 * (`Bilagsoversigt`), the meeting's end (`Mødet slut kl. 21.05.`), or a short label naming a list (`Foreløbig
 * dagsorden for næste møde`, `Handlingsliste`).
 */
function listLabelBetween(doc: Doc, a: number, b: number): boolean {
  for (let j = a + 1; j < b; j++) {
    if (doc.blank[j]) continue;
    const sq = doc.sq[j]!;
    if (doc.heading(j)?.kind === 'attachments' || (sq.length <= 60 && LIST_LABEL.test(sq)) || MEETING_END.test(sq)) return true;
  }
  return false;
}

const LIST_LABEL = /^(?:foreløbig )?dagsorden\b|liste\b|bilag|opfølgning|underskrift/i;
const MEETING_END = /^mødet (?:blev )?(?:hævet|slut|sluttede|afsluttet)/i;

/** Whether lines written as group `gi`'s heading count down to 1 above it, each at a paragraph's start (`§ 2`, `§ 1`). */
function runsBackToOne(doc: Doc, groups: readonly Candidate[][], gi: number): boolean {
  const head = groups[gi]![0]!;
  const style = styleOf(doc, head);
  const punct = punctOf(doc, head);
  let want = numberValue(head.number) - 1;
  for (let gj = gi - 1; gj >= 0 && gj >= gi - 400 && want >= 1; gj--) {
    const c = groups[gj]![0]!;
    if (!writtenAs(doc, c, style, punct) || !startsParagraph(doc, c.i, 0)) continue;
    if (numberValue(c.number) !== want) return false;
    want--;
  }
  return want < 1;
}

/** Whether candidate `c` is numbered in `style` and written `punct` (see styleOf, punctOf). */
function writtenAs(doc: Doc, c: Candidate, style: string, punct: string): boolean {
  return styleOf(doc, c) === style && punctOf(doc, c) === punct;
}

/** Whether line i starts a paragraph: the first line from `from` on, or a blank line above it. */
function startsParagraph(doc: Doc, i: number, from: number): boolean {
  return i === from || (i > 0 && doc.blank[i - 1]!);
}

/** Candidates by number value, each list in line order. */
function byNumberValue<T>(cands: Iterable<Candidate>, value: (c: Candidate) => T): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const c of cands) {
    const v = numberValue(c.number);
    const list = out.get(v);
    if (list) list.push(value(c));
    else out.set(v, [value(c)]);
  }
  return out;
}

/** How the items found so far are written, for `fillNumbering`. */
interface Numbering {
  style: string;
  punct: string;
  indent: number;
  from: number;
}

/**
 * Items without a heading under them, among items with one: the numbers missing before the first item, between two
 * items and after the last, where a line numbered so stands at the start of a paragraph, written as the items are
 * (`1) Godkendelse af dagsorden` / `Godkendt …` above `2) Siden sidst` with its `Aftalt:`). A line of a list (another
 * numbered line right under it, or a line ending in a colon above it) is none. Between two items, only when every
 * number between them is found.
 */
function fillNumbering(doc: Doc, groups: readonly Candidate[][], heads: readonly Candidate[], items: ItemDraft[], w: Numbering): ItemDraft[] {
  const taken = new Set(heads.map((h) => h.i));
  const pool: Candidate[] = [];
  // Every line numbered as the items are, by number (a list's lines too): a line numbered one lower between an item
  // and a candidate makes the candidate a list's next line (`3. Foredrag …` / `4. Fælles oprydning …` in item 3).
  const heads0 = groups.map((g) => g[0]!).filter((c) => writtenAs(doc, c, w.style, w.punct));
  const written = byNumberValue(heads0, (c) => c.i);
  const listGoesOn = (c: Candidate, after: number): boolean => (written.get(numberValue(c.number) - 1) ?? []).some((i) => i > after && i < c.i);
  for (const c of heads0) {
    if (taken.has(c.i) || c.i < w.from || c.number === null || isLettered(c.number) || c.title === '' || c.title.length > 150) continue;
    if (c.indent !== w.indent || !startsParagraph(doc, c.i, w.from)) continue;
    const above = prevNonBlank(doc, c.i - 1);
    if (above >= 0 && doc.sq[above]!.endsWith(':')) continue;
    const below = c.i + 1 < doc.n && !doc.blank[c.i + 1] ? candidateAt(doc, c.i + 1, false) : null;
    if (below !== null && followsNumber(c.number, below.number)) continue;
    pool.push(c);
  }
  if (pool.length === 0) return items;
  // The pool by number, each list in line order; a lookup is a binary search (linear overall on any input).
  const byValue = byNumberValue(pool, (c) => c);
  /** The line numbered `value` between lines `lo` and `hi` (exclusive): the first, or with `last` the last one. */
  const nearest = (value: number, lo: number, hi: number, last: boolean): Candidate | null => {
    const list = byValue.get(value);
    if (list === undefined) return null;
    // The first candidate after `lo` (or, with `last`, the last before `hi`).
    let a = 0;
    let b = list.length;
    const bound = last ? hi : lo;
    while (a < b) {
      const mid = (a + b) >> 1;
      if (last ? list[mid]!.i < bound : list[mid]!.i <= bound) a = mid + 1;
      else b = mid;
    }
    const c = last ? list[a - 1] : list[a];
    return c !== undefined && c.i > lo && c.i < hi ? c : null;
  };
  const found: Candidate[] = [];
  const sorted = [...heads].sort((a, b) => a.i - b.i);
  // Before the first item, counting down to 1.
  let hi = sorted[0]!.i;
  for (let v = numberValue(sorted[0]!.number) - 1; v >= 1; v--) {
    const c = nearest(v, w.from - 1, hi, true);
    if (c === null) break;
    found.push(c);
    hi = c.i;
  }
  // Between two items: all the missing numbers or none.
  for (let k = 0; k + 1 < sorted.length; k++) {
    const a = numberValue(sorted[k]!.number);
    const b = numberValue(sorted[k + 1]!.number);
    if (!Number.isInteger(a) || !Number.isInteger(b) || b <= a + 1 || b > a + 10) continue;
    const gap: Candidate[] = [];
    let lo = sorted[k]!.i;
    for (let v = a + 1; v < b; v++) {
      const c = nearest(v, lo, sorted[k + 1]!.i, false);
      if (c === null || listGoesOn(c, lo)) break;
      gap.push(c);
      lo = c.i;
    }
    if (gap.length === b - a - 1) found.push(...gap);
  }
  // After the last item, counting on — not after `Eventuelt`, which closes an agenda (what is numbered after it is a
  // list of attachments, of actions or of the next meeting's items).
  const lastHead = sorted[sorted.length - 1]!;
  let lo = lastHead.i;
  for (let v = numberValue(lastHead.number) + 1; Number.isInteger(v) && !ANY_OTHER_BUSINESS.test(lastHead.title); v++) {
    const c = nearest(v, lo, doc.n, false);
    if (c === null || listGoesOn(c, lo) || listLabelBetween(doc, lo, c.i)) break;
    found.push(c);
    lo = c.i;
  }
  if (found.length === 0) return items;
  const all = [...items, ...found.map((c) => draftFrom(doc, c, null, w.from, doc.n))];
  return all.sort((x, y) => x.start - y.start);
}

/**
 * Whether the next line after group `gi`'s heading, past a blank line, is the next group's heading, worded the same
 * way and numbered one on (`Punkt 1. Meddelelser fra formanden` / `Punkt 2. …`: an agenda's item with nothing under it).
 */
function nextItemFollows(doc: Doc, groups: readonly Candidate[][], gi: number): boolean {
  const g = groups[gi]!;
  const next = groups[gi + 1]?.[0];
  const last = g[g.length - 1]!;
  // (A blank line between them: lines right under each other are a list of the items, not the items.)
  return next !== undefined && next.form === g[0]!.form && next.i > last.i + 1 && nextNonBlank(doc, last.i + 1) === next.i && followsNumber(g[0]!.number, next.number);
}

/** Whether a group heading (`Lukkede sager`, `Tillægsdagsorden`) is the last non-blank line above line i. */
function groupHeadingAbove(doc: Doc, i: number): boolean {
  const k = prevNonBlank(doc, i - 1);
  return k >= 0 && doc.sq[k]!.length <= 60 && groupHeading(doc.sq[k]!) !== null;
}

/**
 * Whether group `gi`, a numbered line over `Lukket punkt`, may be a closed item: at the start of a paragraph, not
 * introduced by a line ending in a colon (`… den lukkede dagsorden:`), and with no later line of the same number within
 * reach (the real item 3 after a list `1.`, `2.`, `3. Sagen om …` / `Fortroligt` in a decision).
 */
function closedItemAt(doc: Doc, groups: readonly Candidate[][], gi: number): boolean {
  const c = groups[gi]![0]!;
  if (c.i > 0 && !doc.blank[c.i - 1]) return false;
  let k = c.i - 1;
  while (k >= 0 && doc.blank[k]) k--;
  if (k >= 0 && doc.sq[k]!.endsWith(':')) return false;
  for (let gj = gi + 1; gj < groups.length && gj <= gi + 400; gj++) if (groups[gj]![0]!.number === c.number) return false;
  return true;
}

/** Whether the line under candidate `c` (its title line aside) marks it closed: `Lukket punkt`, `Fortroligt`. */
function closedBelow(doc: Doc, c: Candidate): boolean {
  const j = nextNonBlank(doc, c.i + 1);
  return j < doc.n && doc.sq[j]!.length <= 40 && CLOSED.test(doc.sq[j]!);
}

/** How candidate `c` is numbered, as far as items keep to one way: decimal, `Emne N`, a marked form by its mark, or plain. */
function styleOf(doc: Doc, c: Candidate): string {
  if (c.form === 'decimal') return 'decimal';
  // (`Emne 3:` items are the items of their minutes throughout, or a list inside an item.)
  if (c.form === 'punkt') return (doc.sq[c.i]!.charCodeAt(0) | 0x20) === 101 ? 'emne' : 'plain';
  if (c.form !== 'marked') return 'plain';
  const c0 = doc.sq[c.i]!.charAt(0);
  return c0 === '§' || c0 === '(' ? c0 : '-';
}

/**
 * How candidate `c` is written, as far as one export writes every item alike: its form and the character after its
 * number (`punkt.` for `Punkt 3. Title`, `punkt ` for `Punkt 3 Title`, `numbered)` for `3) Title`), after a `#` for a
 * markdown heading.
 */
function punctOf(doc: Doc, c: Candidate): string {
  const sq = doc.sq[c.i]!;
  let k = 0;
  while (k < sq.length && !(sq.charCodeAt(k) >= 48 && sq.charCodeAt(k) <= 57)) k++;
  // (A markdown heading, `## 4. Nye trænere`, is written otherwise than a list's `4. Præmier: …` under item 3.)
  const heading = doc.lines[c.i]!.charCodeAt(0) === 35 ? '#' : '';
  return heading + c.form + sq.charAt(k + (c.written?.length ?? 0));
}

/**
 * Whether the next line numbered in `style` and written `punct` goes on from item number `prev` without passing group
 * `gi`'s number: the item that group `gi` would otherwise hide (at most 400 groups ahead; linear).
 */
function laterItemPunctuated(doc: Doc, groups: readonly Candidate[][], gi: number, style: string, punct: string, prev: number): boolean {
  const upTo = numberValue(groups[gi]![0]!.number);
  for (let gj = gi + 1; gj < groups.length && gj <= gi + 400; gj++) {
    const c = groups[gj]![0]!;
    if (styleOf(doc, c) !== style || punctOf(doc, c) !== punct) continue;
    const v = numberValue(c.number);
    // (A list counting from 1 comes first: what follows may be its lines; leave it.)
    if (v > upTo || v <= prev) return false;
    return true;
  }
  return false;
}

/**
 * For a heading without a title (`Punkt 3, side 1`): whether the title under it is `title`, or it has none. `3. Baggrund`
 * of a case text a few lines above is no contents line of `Punkt 3` with `Boligplan for Nye` under it.
 */
function sameTitleBelow(doc: Doc, c: Candidate, title: string): boolean {
  const below = titleBelow(doc, c, doc.n);
  return below === null || sameTitle(titleRef(doc.sq[below]!), titleRef(title));
}

function hasHeadingBetween(doc: Doc, a: number, b: number): boolean {
  for (let j = a + 1; j < b; j++) if (!doc.blank[j] && isHeadingLine(doc, j)) return true;
  return false;
}

/** Items without numbers or titles: each case marker line (`Sagsid.: 20/33839`) starts one. */
function markerItems(doc: Doc, from: number): ItemDraft[] {
  const items: ItemDraft[] = [];
  for (let i = from; i < doc.n; i++) {
    if (!doc.blank[i] && MARKER.test(doc.sq[i]!) && structureFollows(doc, i, doc.n)) {
      items.push({ start: i, number: null, bodyTitle: null, toc: null, titleLines: [i], indent: doc.indent[i]! });
    }
  }
  return items;
}

/**
 * Items with neither numbers nor markers: the heading that opens the first case (`Sagsfremstilling`, `Resume` …) opens
 * each following case once a decision has been seen; the line just above it, if any, is the title.
 */
function cycleItems(doc: Doc, from: number): ItemDraft[] {
  let opener: string | null = null;
  let sawDecision = false;
  const items: ItemDraft[] = [];
  for (let i = from; i < doc.n; i++) {
    if (doc.blank[i]) continue;
    const h = doc.heading(i);
    if (!h || h.weak) continue;
    const key = h.heading.toLowerCase().replace(/:$/u, '');
    if (opener === null) {
      if (h.kind === 'decision') continue;
      opener = key;
    } else if (h.kind === 'decision') {
      sawDecision = true;
      continue;
    } else if (key !== opener || !sawDecision) continue;
    sawDecision = false;
    const above = i - 1;
    const hasTitle = above >= from && !doc.blank[above] && doc.sq[above]!.length <= 200 && !isHeadingLine(doc, above);
    const start = hasTitle ? above : i;
    items.push({ start, number: null, bodyTitle: hasTitle ? doc.sq[above]! : null, toc: null, titleLines: hasTitle ? [above] : [], indent: doc.indent[i]! });
  }
  return items.length >= 2 ? items : [];
}

const ROMAN_DIGITS: Record<string, number> = { I: 1, V: 5, X: 10 };

/** The value of a roman numeral of I, V and X (`IV` → 4), or 0 when it is not one written the usual way. */
function romanValue(r: string): number {
  let v = 0;
  for (let k = 0; k < r.length; k++) {
    const d = ROMAN_DIGITS[r[k]!]!;
    const next = k + 1 < r.length ? ROMAN_DIGITS[r[k + 1]!]! : 0;
    v += d < next ? -d : d;
  }
  return v;
}

/**
 * Items whose titles carry a marker the candidates do not read (numbers.ts ROMAN_TITLE, LETTER_TITLE, CASE_TITLE), each
 * alone at the start of a paragraph: minutes without item numbers a
 * candidate reads (a parish council's `I.`–`V.`, an old protocol's case numbers). One marker style only, the one most
 * lines have; roman numerals and letters only as a run counting up by one (`A. Økonomi`, `B. Personale` under one item
 * of a document numbered `I.`, `II.` are then sub-headings). At least two items.
 */
function markedItems(doc: Doc, from: number): ItemDraft[] {
  const styles: Array<Array<{ i: number; value: number }>> = [[], [], []];
  for (let i = from; i < doc.n; i++) {
    if (doc.blank[i] || !startsParagraph(doc, i, from)) continue;
    const sq = doc.sq[i]!;
    if (sq.length > 200 || isHeadingLine(doc, i)) continue;
    let m = ROMAN_TITLE.exec(sq);
    if (m) {
      const v = romanValue(m[1]!);
      if (v > 0) styles[0]!.push({ i, value: v });
    } else if ((m = LETTER_TITLE.exec(sq)) !== null) styles[1]!.push({ i, value: m[1]!.charCodeAt(0) - 64 });
    else if (CASE_TITLE.test(sq)) styles[2]!.push({ i, value: Number.NaN });
  }
  let best: Array<{ i: number; value: number }> = [];
  for (let k = 0; k < styles.length; k++) {
    const lines = styles[k]!;
    // Case numbers stand in any order; roman numerals and letters count up by one (the longest such run).
    let [runStart, runLength] = k === 2 ? [0, lines.length] : [0, 0];
    for (let j = 0, start = 0; k < 2 && j < lines.length; j++) {
      if (j > 0 && lines[j]!.value !== lines[j - 1]!.value + 1) start = j;
      if (j - start + 1 > runLength) [runStart, runLength] = [start, j - start + 1];
    }
    if (runLength > best.length) best = lines.slice(runStart, runStart + runLength);
  }
  if (best.length < 2) return [];
  // The first such title opens the body: a case heading above it (Sagsfremstilling, Baggrund, Indstilling …) means the
  // markers number parts of a case text. (A document's `Referat` title may read as a decision heading.)
  for (let i = from; i < best[0]!.i; i++) {
    const h = doc.blank[i] ? null : doc.heading(i);
    if (h !== null && h.kind !== 'decision' && h.kind !== 'other') return [];
  }
  return best.map(({ i }) => ({ start: i, number: null, bodyTitle: doc.sq[i]!, toc: null, titleLines: [i], indent: doc.indent[i]! }));
}

/**
 * Minutes without any section heading (association boards, Word notes): a run of numbered lines counting up by one,
 * each standing as a heading (short, at the start of a paragraph). Only used when the document has no headings at all
 * and its header says it is minutes or an agenda (see the generic detector).
 */
function sequenceItems(doc: Doc, from: number): ItemDraft[] {
  for (let i = from; i < doc.n; i++) if (!doc.blank[i] && isHeadingLine(doc, i)) return [];
  let best: Candidate[] = [];
  let run: Candidate[] = [];
  for (let i = from; i < doc.n; i++) {
    if (doc.blank[i]) continue;
    const c = candidateAt(doc, i, false);
    if (!c || c.title === '' || c.title.length > 150 || !plausibleTitle(c.title) || !startsParagraph(doc, i, from)) continue;
    // A vote tally (`21 - For forslaget`) or a school class (`2.a Klassen …`) is no item of such minutes.
    if (c.form === 'marked' || (c.form === 'numbered' && isLettered(c.number))) continue;
    const last = run[run.length - 1];
    if (last && followsNumber(last.number, c.number) && c.indent <= last.indent + 1) run.push(c);
    else run = [c];
    if (run.length > best.length) best = run;
  }
  if (best.length < 2) return [];
  return best.map((c) => draftFrom(doc, c, null, from, doc.n));
}

/** Finds the items of a document, anchored on its table of contents when it has one. */
export function findItems(doc: Doc, toc: TocDraft | null, bodyFrom: number): ItemDraft[] {
  if (toc && toc.entries.length > 0) {
    const items = anchoredItems(doc, toc, toc.gluedBodyLine ?? bodyFrom);
    if (items.length > 0) return withSubItems(doc, items);
  }
  const items = unanchoredItems(doc, bodyFrom);
  if (items.length > 0) return items;
  const outlined = markdownItems(doc, bodyFrom);
  if (outlined.length > 0) return outlined;
  const marked = markerItems(doc, bodyFrom);
  if (marked.length > 0) return marked;
  // (Minutes without any heading first: their numbered items may hold `A. Legepladsen`, `B. Stierne`.)
  const sequence = sequenceItems(doc, bodyFrom);
  if (sequence.length > 0) return sequence;
  const titled = markedItems(doc, bodyFrom);
  if (titled.length > 0) return titled;
  return cycleItems(doc, bodyFrom);
}

/**
 * Sub-items decided one by one: `5.1 Børne- og Ungeudvalget: Udvidelse af Rynkevangskolen`, `5.2 …` inside item 5
 * (`5. Budget 2025-2028 – anlægsønsker fra fagudvalgene`), each at a paragraph's start with a decision heading of its
 * own before the next. Two such at least make items of their own after item 5; sub-headings of one case text
 * (`3.1 Sundhedsområdet` / `3.2 …` over one decision) stay in it.
 */
function withSubItems(doc: Doc, items: ItemDraft[]): ItemDraft[] {
  const out: ItemDraft[] = [];
  for (let k = 0; k < items.length; k++) {
    const it = items[k]!;
    out.push(it);
    const n = it.number;
    if (n === null || !/^\d{1,3}$/u.test(n)) continue;
    const end = k + 1 < items.length ? items[k + 1]!.start : doc.n;
    const subs: Candidate[] = [];
    for (let i = it.start + 1; i < end; i++) {
      if (doc.blank[i] || !doc.blank[i - 1] || it.titleLines.includes(i)) continue;
      const c = doc.sq[i]!.startsWith(`${n}.`) ? candidateAt(doc, i, false) : null;
      if (c !== null && c.form === 'decimal' && c.number === `${n}.${c.number!.slice(n.length + 1)}` && c.indent === it.indent) subs.push(c);
    }
    if (subs.length < 2) continue;
    const decided = subs.every((c, j) => {
      const to = j + 1 < subs.length ? subs[j + 1]!.i : end;
      for (let i = c.i + 1; i < to; i++) {
        const h = doc.blank[i] ? null : doc.heading(i);
        // (`Beslutning i Økonomiudvalget den 17. marts 2025` under `3.2 Økonomi` quotes an earlier decision.)
        if (h !== null && h.kind === 'decision' && !/\d/u.test(h.inline === null ? h.heading : h.heading.slice(0, h.heading.length - h.inline.length))) return true;
      }
      return false;
    });
    if (decided) for (const c of subs) out.push(draftFrom(doc, c, null, it.start, end));
  }
  return out;
}

/**
 * Items as markdown headings one level above the section headings (`## Fordeling af lokaletilskud 2024` over
 * `### Sagsfremstilling`): a Word document through pandoc, whose heading numbers Word kept to itself. At least two,
 * each with a section heading under it before the next.
 */
function markdownItems(doc: Doc, from: number): ItemDraft[] {
  // The level of the section headings: the hashes of the first line that is both a markdown heading and a heading.
  let level = 0;
  for (let i = from; i < doc.n && level === 0; i++) {
    if (doc.blank[i] || doc.lines[i]!.charCodeAt(0) !== 35) continue;
    // (`# Referat`, the document's title, is no section heading.)
    const h = doc.heading(i);
    if (h !== null && h.exact && !h.weak) level = hashes(doc.lines[i]!);
  }
  if (level < 2) return [];
  const items: ItemDraft[] = [];
  let sectioned = true;
  // Items may instead be bold lines under group headings (`## Åbne punkter` / `**Godkendelse af dagsorden**`).
  let bold = false;
  for (let i = from; i < doc.n && !bold; i++) bold = !doc.blank[i] && hashes(doc.lines[i]!) === level - 1 && groupHeading(doc.sq[i]!) !== null;
  for (let i = from; i < doc.n; i++) {
    if (doc.blank[i]) continue;
    const raw = doc.lines[i]!;
    const h = raw.charCodeAt(0) === 35 ? hashes(raw) : bold && raw.startsWith('**') && raw.trimEnd().endsWith('**') ? -1 : 0;
    if (h === 0) continue;
    if (h === level && doc.heading(i) !== null) sectioned = true;
    // (`## Åbne punkter` groups the items; `## Økonomiudvalget 12-03-2024 -- side 2` is a page's header.)
    if ((bold ? h !== -1 : h !== level - 1) || doc.heading(i) !== null || !plausibleTitle(doc.sq[i]!) || groupHeading(doc.sq[i]!) !== null || /\bside \d/i.test(doc.sq[i]!)) continue;
    if (!sectioned) items.pop();
    items.push({ start: i, number: null, bodyTitle: doc.sq[i]!, toc: null, titleLines: [i], indent: 0 });
    sectioned = false;
  }
  if (!sectioned) items.pop();
  return items.length >= 2 ? items : [];
}

/** The number of `#` a markdown heading line starts with (followed by a space), or 0. */
function hashes(line: string): number {
  let k = 0;
  while (k < line.length && k < 7 && line.charCodeAt(k) === 35) k++;
  return line.charCodeAt(k) === 32 ? k : 0;
}
