// The fallback for systems no family covers: evidence is the shared vocabulary itself — section headings (Beslutning,
// Indstilling, Sagsfremstilling …), Sagsgang lines and header labels. Without it, the file is refused as not minutes.
import { assemble } from '../parse/assemble.js';
import { matchCommitteeLine, matchHeading } from '../parse/headings.js';
import { findToc } from '../parse/toc.js';
import { firstChars, lineEdges } from './evidence.js';
import type { FormatModule } from './types.js';
import type { Doc } from '../parse/doc.js';

const CORE = new Set(['decision', 'recommendation', 'case', 'summary', 'background']);
const WORDED_FIRST = firstChars('pda');
const WORDED_ITEM = /^(?:punkt|pkt\.?|dagsordenspunkt|ad\.?) ?(\d{1,3})\b/i;
const LABEL_FIRST = firstChars('tdfasmr');

/** The start of a detection reason that says why a text is not minutes (parseMinutes words its refusal with it). */
export const NOT_MINUTES_REASON = 'not minutes: ';

const SIGN_OFF = /^(?:med )?(?:venlig|venligst|kærlig) hilsen,?$/i;
const REPORT_TITLE = /^(?:budget|høringssvar|notat|rapport|årsrapport|årsberetning|strategi|politik|nyhedsbrev|kvalitetsstandard|redegørelse|analyse|evaluering)(?![-\wæøåÆØÅ])/i;
/** The title of rules: standing orders, bylaws, terms of reference (which speak of agendas and decisions throughout). */
const RULES_TITLE = /^(?:forretningsorden|styrelsesvedtægt|vedtægter?|kommissorium|regulativ|retningslinjer)(?![-\wæøåÆØÅ])/i;
const NUMBERED_LINE = /^\d{1,3}[.)] \S/u;
const LETTER_WORD = /^(?:høringssvar|att\.?:|vedr\.?:? |kære )/i;

/** A newspaper's byline (`Af Maria Skov Lund`) and the furniture of an article page. */
const BYLINE = /^Af \p{Lu}\p{Ll}+(?: \p{Lu}[\p{Ll}.-]*){1,3}$/u;
/** A site's news section in a breadcrumb (`Forside › Nyheder › Byrådet › …`), which a news page stands in. */
const NEWS_SECTION = /^forside [›>»/] nyheder\b/i;
const ARTICLE_FURNITURE = /^(?:publiceret|opdateret) .{0,30}\d{4}|^del artiklen\b|^del på (?:facebook|linkedin|twitter|x)$|^læs også:|^kommentarer \(\d+\)|^annonce$/i;

/** Whether one of the first 20 lines starts with a minutes word (`Referat fra …`, `Dagsorden`). */
function minutesTitleLine(doc: Doc): boolean {
  for (let i = 0; i < doc.n && i < 20; i++) if (!doc.blank[i] && /^(?:referat|dagsorden|beslutningsprotokol|mødereferat|beslutningsreferat)\b/i.test(doc.sq[i]!)) return true;
  return false;
}

function hasNewsSection(doc: Doc): boolean {
  return newsSectionLine(doc) >= 0;
}

/**
 * The line of a site's news section in the first lines: `Forside › Nyheder › …`, or the breadcrumb a part a line
 * (`Forside` / `>` / `Nyheder`); -1 when none.
 */
function newsSectionLine(doc: Doc): number {
  let crumb = false;
  for (let i = 0; i < doc.n && i < 30; i++) {
    if (doc.blank[i]) continue;
    const sq = doc.sq[i]!;
    if (i < 15 && NEWS_SECTION.test(sq)) return i;
    if (crumb && /^nyheder$/i.test(sq)) return i;
    crumb = /^[>›»/]$/u.test(sq);
  }
  return -1;
}

/** A site's search page: it says it holds search results, and lists three or more meetings' hits. */
function searchResults(doc: Doc): string | null {
  let stated = -1;
  for (let i = 0; i < doc.n && i < 40 && stated < 0; i++) if (!doc.blank[i] && doc.sq[i]!.length <= 80 && SEARCH_STATED.test(doc.sq[i]!)) stated = i;
  if (stated < 0) return null;
  let listed = 0;
  for (let i = stated + 1; i < doc.n && i < 400; i++) if (!doc.blank[i] && MEETING_HIT.test(doc.sq[i]!)) listed++;
  return listed >= 3 ? `${NOT_MINUTES_REASON}it reads as search results ('${doc.sq[stated]!.slice(0, 40)}', line ${stated + 1}, and ${listed} meetings listed)` : null;
}

/**
 * What a search page says of itself: `Din søgning gav 27 resultater`, `Søgeresultater` alone, `27 resultater`. (A
 * site's `Søgeord:` box, or `Søgeresultater vises nu …` in a text, is no such page.)
 */
const SEARCH_STATED = /^(?:din søgning gav \d|søgningen gav \d|søgeresultater:?$|\d+ (?:resultater|hits)\b)/i;
/** A hit naming a meeting: `Byrådet – 26-02-2024 – Referat`. */
const MEETING_HIT = /^[^–]{2,60} [–-] \d{1,2}[-./]\d{1,2}[-./]\d{2,4} [–-] (?:referat|dagsorden|beslutningsprotokol)$/i;

/**
 * A newspaper's article: a byline (`Af Maria Skov Lund`) or a site's news section (`Forside › Nyheder`) in its
 * first lines and an article page's furniture (`Publiceret …`, `Del artiklen`, `Læs også:`) say what it is. Null
 * when not.
 */
function newsArticle(doc: Doc): string | null {
  let byline = -1;
  for (let i = 0; i < doc.n && i < 15; i++) if (!doc.blank[i] && BYLINE.test(doc.sq[i]!)) byline = i;
  if (byline < 0) byline = newsSectionLine(doc);
  if (byline < 0) return null;
  for (let i = 0; i < doc.n; i++) {
    if (!doc.blank[i] && ARTICLE_FURNITURE.test(doc.sq[i]!)) return `${NOT_MINUTES_REASON}it reads as a news article ('${doc.sq[byline]!}', line ${byline + 1}, and '${doc.sq[i]!.slice(0, 40)}', line ${i + 1})`;
  }
  return null;
}

/**
 * Questions and answers (`2. Hvornår kommer referatet?`): a help page about minutes. Only for a text with no header
 * labels, no minutes title and no case or recommendation heading (an agenda may title items as questions).
 */
function questionsAndAnswers(doc: Doc): string | null {
  let numbered = 0;
  let questions = 0;
  for (let i = 0; i < doc.n; i++) {
    if (doc.blank[i] || !NUMBERED_LINE.test(doc.sq[i]!)) continue;
    numbered++;
    if (doc.sq[i]!.endsWith('?')) questions++;
  }
  return questions >= 2 && questions * 2 >= numbered ? `${NOT_MINUTES_REASON}its numbered lines are questions (${questions} of ${numbered}): it reads as questions and answers` : null;
}

/**
 * Why the text reads as a letter or a report rather than minutes, or null: a sign-off line with a letter's opening
 * (`Att.:`, `Vedr.`, `Høringssvar …`, `Kære …`) in its first lines, or with no minutes title at all; or a report's
 * title (`Budget 2024-2027`, `Notat om …`) as the first line of a text with no minutes title.
 */
function otherDocument(doc: Doc, minutesTitle: boolean, headed: boolean): string | null {
  let first = -1;
  let opening = false;
  for (let i = 0; i < doc.n && i < 15; i++) {
    if (doc.blank[i]) continue;
    if (first < 0) first = i;
    if (LETTER_WORD.test(doc.sq[i]!)) opening = true;
  }
  if (first >= 0 && !minutesTitle && REPORT_TITLE.test(doc.sq[first]!)) return `${NOT_MINUTES_REASON}'${doc.sq[first]!.slice(0, 40)}' (line ${first + 1}) reads as the title of a report`;
  // (Rules name the agenda in their first lines as minutes do: their title decides, where no decision, recommendation
  // or case heading follows it — an item's page may be titled `Regulativ for husholdningsaffald - endelig vedtagelse`.)
  if (first >= 0 && !headed && RULES_TITLE.test(doc.sq[first]!)) return `${NOT_MINUTES_REASON}'${doc.sq[first]!.slice(0, 40)}' (line ${first + 1}) reads as the title of rules (standing orders, bylaws or terms of reference)`;
  for (let i = doc.n - 1; i >= 0 && i >= doc.n - 400; i--) {
    if (doc.blank[i] || !SIGN_OFF.test(doc.sq[i]!)) continue;
    // (A mail's cover note over the minutes it brings, `Hermed referat …` / `Venlig hilsen` / `Poul Erik`, signs off
    // before the minutes' own header and decisions; a letter summing up decisions after its sign-off is a letter.)
    if (minutesAfter(doc, i + 1)) return null;
    return opening || !minutesTitle ? `${NOT_MINUTES_REASON}it reads as a letter ('${doc.sq[i]!}', line ${i + 1})` : null;
  }
  return null;
}

/**
 * Whether minutes follow from line `from` on: a meeting's date line (a weekday or a time with a date's digits) or an
 * attendance label before the first decision heading or label, and two decisions or more.
 */
function minutesAfter(doc: Doc, from: number): boolean {
  let header = false;
  let decisions = 0;
  for (let i = from; i < doc.n; i++) {
    if (doc.blank[i]) continue;
    const sq = doc.sq[i]!;
    if (doc.heading(i)?.kind === 'decision') decisions++;
    else if (decisions === 0 && (MEETING_LINE.test(sq) || ATTENDANCE_LABEL.test(sq))) header = true;
  }
  return header && decisions >= 2;
}

/** A meeting's date line: a weekday or `kl. 14`, and a number. */
const MEETING_LINE = /(?:man|tirs|ons|tors|fre|lør|søn)dag\b.*\d|\bkl\.? ?\d/i;
const ATTENDANCE_LABEL = /^(?:til stede|tilstede|deltagere|mødedeltagere|fremmødte?|fraværende|afbud)\b/i;

/**
 * A report's title among a title page's lines (`Rebild Kommune` / `Folkeoplysningsudvalget` / `Årsberetning 2023`) in a
 * text that names itself no minutes and dates no meeting in its first lines: a report, whatever decisions it quotes.
 */
function reportTitleBlock(doc: Doc): string | null {
  let seen = 0;
  let found = -1;
  for (let i = 0; i < doc.n && i < 20; i++) {
    if (doc.blank[i]) continue;
    const sq = doc.sq[i]!;
    // (A meeting's date line or its attendance anywhere in the first lines: minutes of a meeting about the report.)
    if (MEETING_LINE.test(sq) || ATTENDANCE_LABEL.test(sq) || /møde/i.test(sq)) return null;
    // (Only what names itself a report: `Budget 2026-2029`, `Strategi for …`, `Evaluering af …` are meetings' themes.)
    if (found < 0 && seen++ < 6 && sq.length <= 60 && sq.includes(' ') && REPORT_ONLY.test(sq)) found = i;
  }
  return found < 0 ? null : `${NOT_MINUTES_REASON}'${doc.sq[found]!.slice(0, 40)}' (line ${found + 1}) reads as the title of a report`;
}

/** A report's own name: an annual report or account, a report. */
const REPORT_ONLY = /^(?:årsberetning|årsrapport|beretning|rapport|redegørelse)\b/i;

export const generic: FormatModule = {
  id: 'generic',
  description: 'any export with Danish section headings and numbered (or case-marked) items',
  detect(doc) {
    const kinds = new Map<string, number>();
    let weak = 0;
    let firstWeak = '';
    for (let i = 0; i < doc.n; i++) {
      if (doc.blank[i]) continue;
      const h = doc.heading(i);
      if (h && h.exact && CORE.has(h.kind)) {
        if (h.weak) {
          if (weak++ === 0) firstWeak = h.heading.replace(/:.*$/u, ':');
        } else kinds.set(h.kind, (kinds.get(h.kind) ?? 0) + 1);
      } else if (doc.committee(i)) kinds.set('decision', (kinds.get('decision') ?? 0) + 1);
    }
    const reasons = [...kinds].map(([k, n]) => `${n} ${k} heading${n === 1 ? '' : 's'}`);
    if (weak > 0) reasons.push(`${weak} decision label${weak === 1 ? '' : 's'} such as '${firstWeak}'`);
    // A table of contents of numbered items and a minutes title are evidence too (PDF transcripts lose headings).
    const toc = findToc(doc, 0, doc.n);
    const tocScore = toc && toc.entries.length >= 2 ? 0.15 : 0;
    if (tocScore) reasons.push(`table of contents with ${toc!.entries.length} items`);
    let titleScore = 0;
    for (let i = 0; i < Math.min(doc.n, 20); i++) {
      if (/\b(?:referat|dagsorden|beslutningsprotokol|mødereferat)\b/i.test(doc.sq[i]!)) {
        titleScore = 0.1;
        reasons.push(`'${doc.sq[i]!.slice(0, 40)}' in the header`);
        break;
      }
    }
    // Minutes without headings: a minutes title or attendance labels, and items numbered 1, 2, 3 … at paragraph starts.
    let sequence = 0;
    let run = 0;
    let expect = -1;
    let labels = 0;
    // Both patterns are anchored: a line must start with one of their first characters (a digit for an item, which
    // counts only at a paragraph start).
    const sqs = doc.sq;
    const edges = lineEdges(doc);
    for (let i = 0; i < doc.n; i++) {
      const c0 = i < edges.n ? (edges.length[i] === 0 ? NaN : edges.first[i]!) : sqs[i]!.charCodeAt(0);
      let m: RegExpExecArray | null = null;
      if (c0 >= 48 && c0 <= 57) {
        if (i !== 0 && !doc.blank[i - 1]) continue;
        m = /^(\d{1,3})[.)] \p{Lu}/u.exec(sqs[i]!);
      } else {
        if (LABEL_FIRST(c0) && /^(?:til stede|deltagere|fraværende|afbud|dato|sted|mødested|referent) ?:/i.test(sqs[i]!)) labels++;
        // `Punkt 61` / `Pkt. 4 – …` / `Ad 2)` at a paragraph start: worded item numbers count as the numbered ones do.
        if (WORDED_FIRST(c0) && (i === 0 || doc.blank[i - 1])) m = WORDED_ITEM.exec(sqs[i]!);
        if (!m) continue;
      }
      if (m) {
        const n = Number(m[1]);
        run = n === expect ? run + 1 : 1;
        expect = n + 1;
        // (The longest run: an attachment list `1. Bilag …` after the items starts a run of its own.)
        if (run > sequence) sequence = run;
      }
    }
    const headless = titleScore > 0 && sequence >= 2 && kinds.size === 0 ? 0.1 + (labels > 0 ? 0.05 : 0) : 0;
    if (headless) reasons.push(`${sequence} consecutively numbered items`);
    const strong = [...kinds.values()].reduce((a, b) => a + b, 0);
    // Background or case headings alone are what any report has; minutes and agendas decide or recommend.
    const decides = kinds.has('decision') || kinds.has('recommendation') || weak >= 2;
    const headingScore = decides ? 0.2 * kinds.size + 0.02 * strong + (weak >= 2 ? 0.3 : 0) : 0;
    let score = Math.min(1, headingScore + tocScore + titleScore + headless);
    // A letter or a report uses the same words (`Indstilling`, `Beslutning`, numbered sections) without being minutes:
    // a sign-off (`Med venlig hilsen`) or a report's title line, where nothing names the document minutes or an agenda.
    // Only against weak evidence: minutes with decision headings in several items are minutes, whatever their title.
    // (A news article has no minutes title or header labels: `Af udvalgets medlemmer …` in minutes is no byline.)
    const bare = titleScore === 0 && labels === 0;
    // (A page under a site's `Forside › Nyheder` is news whatever its sentences say about the minutes.)
    // (With a minutes title and an item's case or recommendation heading, it is minutes a news section publishes.)
    // (Minutes a site publishes under its news, `Referat fra bestyrelsesmøde 3. april 2024` as the page's title, are minutes.)
    const news = labels === 0 && (titleScore === 0 || (hasNewsSection(doc) && !kinds.has('recommendation') && !kinds.has('case') && !minutesTitleLine(doc)));
    const other =
      ((kinds.get('decision') ?? 0) <= 1 ? otherDocument(doc, titleScore > 0, kinds.has('decision') || kinds.has('recommendation') || kinds.has('case')) : null) ??
      (news ? newsArticle(doc) : null) ??
      searchResults(doc) ??
      (titleScore === 0 && labels === 0 ? reportTitleBlock(doc) : null) ??
      (bare && (kinds.get('decision') ?? 0) <= 1 && !kinds.has('recommendation') && !kinds.has('case') ? questionsAndAnswers(doc) : null);
    if (other) {
      score = Math.min(score, 0.1);
      reasons.push(other);
    }
    return { score, reasons };
  },
  parse: (doc) => assemble(doc),
};
