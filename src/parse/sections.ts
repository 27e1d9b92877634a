// Splitting an item's lines into title lines and sections. A line opens a section when it is a known heading
// (`Beslutning`, `Indstilling:`, `Beslutning i Udvalget … den 04-06-2020`, a Sagsgang line `<Udvalg>, <date>, pkt. N`);
// a standalone line that repeats the item's title is a title line (the 2025 layout puts it after the decision).
import type { Attachment, SectionKind } from '../model/meeting.js';
import { type Doc, textOf } from './doc.js';
import { cleanLine, foldKey, joinWrapped, titleSimilarity } from './text.js';
import { findDate } from './dates.js';

export interface SectionDraft {
  heading: string | null;
  kind: SectionKind;
  /** 0-based heading line (or first text line), and last line. */
  start: number;
  end: number;
  text: string;
  inline: string | null;
}

export interface SegmentContext {
  number: string | null;
  titles: string[];
  meetingDate: string | null;
  /** Use weak headings (`Referat:` as a decision) — only for documents without any strong decision heading. */
  weakDecisions: boolean;
  /** The meeting's committee, if known: another body's `Forretningsudvalgets beslutning` is history. */
  committee?: string | null;
}

/** `Forretningsudvalgets beslutning …`: the body a genitive decision heading names. */
const GENITIVE_BODY = /^(.+?)s (?:beslutning|afgørelse)\b/i;
/** Names that say `this committee` in any committee's minutes. */
const OWN_BODY = new Set(['udvalget', 'rådet', 'bestyrelsen', 'nævnet', 'direktionen', 'forummet', 'mødet', 'udvalg']);

/** Whether a genitive decision heading names a body other than the meeting's committee. */
function otherBody(heading: string, committee: string | null | undefined): boolean {
  if (!committee) return false;
  const m = GENITIVE_BODY.exec(heading);
  if (!m) return false;
  const body = foldKey(m[1]!);
  const own = foldKey(committee);
  // (`Socialudvalgets` in the minutes of `Social-, Sundheds- og Ældreudvalget`: the same body named shorter, its name
  // before `udvalget` the start of the committee's; `Børne- og Familieudvalgets` is not `Børne- og Skoleudvalget`.)
  const stem = body.replace(/(?:udvalget|udvalg|rådet|råd|bestyrelsen|nævnet)$/u, '');
  const shorter = stem.length >= 4 && stem !== body && own.startsWith(stem);
  return body !== '' && own !== '' && !OWN_BODY.has(body) && !own.includes(body) && !body.includes(own) && !shorter;
}

export interface Segmented {
  titleLines: Array<{ start: number; end: number }>;
  sections: SectionDraft[];
}

const BOILERPLATE = /^(?:til toppen|tilbage til toppen|(?:[•*–-] ?)?udskriv|udskriv hele dagsord(?:e)?nen|fold alle ud|udvid alle|fold alle sammen|luk alle|print|del|luk|menu|søg|skjul|vis mere|vis mindre|læs mere|accepter|afvis|accepter alle|kun nødvendige|spring til (?:hoved)?indhold(?:et)?|gå til (?:hoved)?indhold(?:et)?|skip to (?:main )?content|you are here|du er her|månedsarkiv: .{0,40}|størrelse: px|starte visningen fra side:|transkript|download .{0,200})$/i;

/** Where a web page's footer starts under the last item: `Til toppen`, then contact details and site links. */
export const PAGE_FOOTER = /^(?:tilbage )?til toppen$/i;

export function isBoilerplate(sq: string): boolean {
  return BOILERPLATE.test(sq);
}

/**
 * `… bad om en status på` / `økonomi`: the last line of a wrapped paragraph that happens to be a heading word. A
 * heading in lower case, without a colon, right under a line of text that does not end a sentence, goes on with
 * that text.
 */
function wrapsParagraph(doc: Doc, i: number, heading: string): boolean {
  if (i === 0 || doc.blank[i - 1] || !/^\p{Ll}/u.test(heading) || heading.endsWith(':')) return false;
  const above = doc.sq[i - 1]!;
  return !/[.!?:;]$/u.test(above) && doc.heading(i - 1) === null;
}

/** Classifies a line as a section heading in the context of its item, or null. */
export function headingFor(doc: Doc, i: number, ctx: SegmentContext): { heading: string; kind: SectionKind; inline: string | null } | null {
  const sq = doc.sq[i]!;
  const h = doc.heading(i);
  if (h && h.inline === null && wrapsParagraph(doc, i, h.heading)) return null;
  if (h && (!h.weak || ctx.weakDecisions)) {
    // `Beslutning i Økonomiudvalget den 12-05-2021` in the minutes of a later meeting is an earlier committee's
    // decision in the Sagsgang chain, not this meeting's.
    if (h.kind === 'decision' && ctx.meetingDate && h.inline === null) {
      const d = findDate(h.heading);
      if (d && d < ctx.meetingDate) return { heading: h.heading, kind: 'history', inline: null };
    }
    return { heading: h.heading, kind: h.kind, inline: h.inline };
  }
  const c = doc.committee(i);
  if (c) {
    const byNumber = ctx.number !== null && c.number === ctx.number;
    const byDate = ctx.meetingDate !== null && findDate(c.date) === ctx.meetingDate;
    // (Another committee's line, `Børne- og Skoleudvalget den 4. september 2024, pkt. 5:` under item 5, or that of a
    // committee met earlier the same day, is its history unless both number and date are this meeting's.)
    const other = ctx.committee ? foldKey(c.committee) !== foldKey(ctx.committee) : false;
    const own = (byNumber && byDate) || ((byNumber || byDate) && !other);
    return { heading: c.inline ? sq.slice(0, sq.length - c.inline.length).trim() : sq, kind: own ? 'decision' : 'history', inline: c.inline };
  }
  return null;
}

/**
 * The first (or, `fromEnd`, the last) character of `foldKey(s)` when that end's first letter or digit within 8
 * characters is an ASCII one, else -1. ASCII characters other than letters and digits are neither \p{L} nor \p{N}
 * and `foldKey` drops them; lower-casing keeps an ASCII character as one character and `cleanLine` only replaces or
 * drops characters that are not letters or digits. A non-ASCII character might be kept, dropped or changed, so the
 * scan stops there.
 */
function edgeKeyChar(s: string, fromEnd: boolean): number {
  const n = s.length < 8 ? s.length : 8;
  for (let j = 0; j < n; j++) {
    const c = s.charCodeAt(fromEnd ? s.length - 1 - j : j);
    if (c >= 128) return -1;
    const k = keyChar(c);
    if (k !== -1) return k;
  }
  return -1;
}

/** The character code `c` as `foldKey` keeps it when it is an ASCII letter or digit (lower-cased), else -1. */
function keyChar(c: number): number {
  if (c >= 48 && c <= 57) return c;
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return c | 0x20;
  return -1;
}

/** A title of the item and its `foldKey`, computed only when a line gets past the cheap tests (null: not yet). */
interface TitleKey {
  t: string;
  /** `edgeKeyChar` of the title at its start and its end. */
  first: number;
  last: number;
  key: string | null;
  /** Whether `cleanLine(t) === t` (null: not known yet). */
  plain: boolean | null;
}

function titleKey(title: TitleKey): string {
  return (title.key ??= foldKey(title.t));
}

function isTitleRepeat(doc: Doc, i: number, titles: readonly TitleKey[], early: boolean): boolean {
  const sq = doc.sq[i]!;
  if (sq === '') return false;
  const len = sq.length;
  const first = early ? -1 : edgeKeyChar(sq, false);
  const lastChar = edgeKeyChar(sq, true);
  let k: string | null = null;
  for (let j = 0; j < titles.length; j++) {
    const title = titles[j]!;
    const t = title.t;
    // Cheap length bounds first: a repeated title is about as long as the title.
    if (len > 2 * t.length + 10) continue;
    if (len * 2 + 10 < t.length && !early) continue;
    // The key starts with the line's first letter or digit, lower-cased: for an ASCII one, compare that first. A title
    // that starts with an ASCII letter or digit has that character, lower-cased, first in its key (`cleanLine` keeps
    // it in place and `foldKeyClean` keeps it), so its key is not needed for this test.
    if (first !== -1) {
      if (title.first !== -1) {
        if (title.first !== first) continue;
      } else {
        const key = titleKey(title);
        if (key !== '' && key.charCodeAt(0) !== first) continue;
      }
    }
    // Equal keys end with the same character: when both end with an ASCII letter or digit, compare those first.
    const tl = lastChar === -1 ? -1 : title.last;
    if (tl === -1 || tl === lastChar) {
      // The line as the title itself has the title's key when `cleanLine` leaves the title as it is (the line's key
      // is `foldKeyClean` of the line, the title's `foldKeyClean` of `cleanLine(title)`): no key to make.
      if (sq === t && (title.plain ??= cleanLine(t) === t)) return true;
      k ??= doc.key(i);
      if (titleKey(title) === k) return true;
    }
    // (Alike, not the same: a sentence under the title, `Dagsorden og referat fra møde nr. 3 blev godkendt.`, is text.)
    if (early && !(sq.endsWith('.') && !t.endsWith('.')) && titleSimilarity(sq, t) >= 0.5) return true;
  }
  return false;
}

/** Whether line i is one of the item's title lines (`heads` is short: a scan beats building a Set). */
function isHead(heads: readonly number[], i: number): boolean {
  for (let j = 0; j < heads.length; j++) if (heads[j] === i) return true;
  return false;
}

/** A title line or a section found by segmentItem (the text is made once the next one's start is known). */
interface Node {
  type: 'title' | 'section';
  start: number;
  heading: string | null;
  kind: SectionKind;
  inline: string | null;
}

/**
 * Segments lines [from, to] (0-based, inclusive) of one item, whose title lines so far are `titleLines`.
 * Every line ends up in exactly one title line or section; blank lines join the node above them.
 */
export function segmentItem(doc: Doc, from: number, to: number, headLines: number[], ctx: SegmentContext): Segmented {
  // Title lines: a scan of the (short) list, a Set only for a long one.
  const headSet = headLines.length > 16 ? new Set(headLines) : null;
  const nodes: Node[] = [];
  let seenSection = false;
  let early = true;
  const titleKeys: TitleKey[] = [];
  // isTitleRepeat skips a line more than twice as long as every title (plus 10): most text lines.
  let repeatMax = -1;
  for (const t of ctx.titles) {
    if (!t) continue;
    titleKeys.push({ t, first: edgeKeyChar(t, false), last: edgeKeyChar(t, true), key: null, plain: null });
    if (2 * t.length + 10 > repeatMax) repeatMax = 2 * t.length + 10;
  }
  const blank = doc.blank;
  for (let i = from; i <= to; i++) {
    if (blank[i]) continue;
    if (headSet ? headSet.has(i) : isHead(headLines, i)) {
      nodes.push({ type: 'title', start: i, heading: null, kind: 'other', inline: null });
      continue;
    }
    const h = headingFor(doc, i, ctx);
    if (h) {
      nodes.push({ type: 'section', start: i, heading: h.heading, kind: h.kind, inline: h.inline });
      seenSection = true;
      early = false;
      continue;
    }
    // A repeated title stands alone: the line above is blank or a title line.
    const last = nodes.length > 0 ? nodes[nodes.length - 1]! : undefined;
    const aloneAbove = i === from || blank[i - 1] || (headSet ? headSet.has(i - 1) : isHead(headLines, i - 1)) || last?.type === 'title';
    // Under `Bilag` a line named like the item is the attachment of that name (`Anvendelse af standardkontrakterne`).
    const underAttachments = last !== undefined && last.type === 'section' && last.kind === 'attachments';
    if (aloneAbove && !underAttachments && doc.sq[i]!.length <= repeatMax && isTitleRepeat(doc, i, titleKeys, early && !seenSection)) {
      nodes.push({ type: 'title', start: i, heading: null, kind: 'other', inline: null });
      continue;
    }
    early = false;
    if (!last || last.type === 'title') {
      nodes.push({ type: 'section', start: i, heading: null, kind: 'other', inline: null });
    }
  }
  const titleLines: Segmented['titleLines'] = [];
  const sections: SectionDraft[] = [];
  for (let k = 0; k < nodes.length; k++) {
    const node = nodes[k]!;
    const start = k === 0 ? from : node.start;
    const end = k + 1 < nodes.length ? nodes[k + 1]!.start - 1 : to;
    if (node.type === 'title') {
      titleLines.push({ start, end });
      continue;
    }
    const bodyFrom = node.heading === null ? start : node.start + 1;
    const body = textOf(doc, bodyFrom, end);
    const text = node.inline ? (body ? `${node.inline}\n${body}` : node.inline) : body;
    sections.push({ heading: node.heading, kind: node.kind, start, end, text, inline: node.inline });
  }
  if (nodes.length === 0) {
    // An item with nothing but blank lines after its heading (cannot happen: the heading is a node), kept for safety.
    titleLines.push({ start: from, end: to });
  }
  otherBodiesAsHistory(sections, ctx.committee);
  return { titleLines, sections };
}

/**
 * `FORRETNINGSUDVALGETS BESLUTNING` over `REGIONSRÅDETS BESLUTNING` in Regionsrådet's minutes: where an item has
 * several decisions, one named for another body is that body's (history), so long as one decision is left.
 */
function otherBodiesAsHistory(sections: SectionDraft[], committee: string | null | undefined): void {
  let decisions = 0;
  let others = 0;
  for (const x of sections) {
    if (x.kind !== 'decision') continue;
    decisions++;
    if (x.heading !== null && otherBody(x.heading, committee)) others++;
  }
  if (others === 0) return;
  // (A lone one is history too where it names its meeting, `Økonomiudvalgets beslutning i mødet den …`: in the
  // Byråd's agenda that is the committee's decision before, not the Byråd's.)
  const all = others === decisions;
  for (const x of sections) {
    const alone = all && / (?:i|på) mødet /i.test(x.heading ?? '');
    if (x.kind === 'decision' && x.heading !== null && otherBody(x.heading, committee) && (!all || alone)) x.kind = 'history';
  }
}

const EXTENSIONS = new Set(['pdf', 'doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx', 'odt', 'ods', 'rtf', 'txt', 'msg', 'jpg', 'jpeg', 'png', 'zip', 'csv', 'html', 'htm']);

/** Attachments listed in an attachments section: one per non-blank line, bullets stripped. */
const BULLET = /^[•·▪◦*–-]\s*/u;

export function attachmentsOf(doc: Doc, s: SectionDraft): Attachment[] {
  const out: Attachment[] = [];
  const from = s.heading === null ? s.start : s.start + 1;
  if (s.inline) out.push(attachment(s.inline, s.start));
  // The last line an attachment was read from.
  let last = -1;
  let bullets = false;
  for (let i = from; i <= s.end; i++) if (!doc.blank[i] && BULLET.test(doc.sq[i]!)) bullets = true;
  for (let i = from; i <= s.end; i++) {
    if (doc.blank[i]) continue;
    const sq = doc.sq[i]!;
    const name = sq.replace(BULLET, '').trim();
    if (name === '' || name.length > 300) continue;
    // A name wrapped onto the next line (`… – uden` / `bilag.pdf`): the name above has no file extension yet, and this
    // line goes on in lower case after a long line, or indented without the bullet every entry of the list has.
    const prev = out[out.length - 1];
    if (prev && prev.extension === null && last === i - 1 && ((/^\p{Ll}/u.test(sq) && prev.name.length >= 40) || (bullets && !BULLET.test(sq) && doc.indent[i]! > 0))) {
      out[out.length - 1] = attachment(joinWrapped(prev.name, name), prev.line - 1);
      last = i;
      continue;
    }
    out.push(attachment(name, i));
    last = i;
  }
  return out;
}

function attachment(name: string, i: number): Attachment {
  const m = /\.([a-z0-9]{2,5})$/i.exec(name.trim());
  const ext = m && EXTENSIONS.has(m[1]!.toLowerCase()) ? m[1]!.toLowerCase() : null;
  return { name: name.trim(), extension: ext, line: i + 1 };
}
