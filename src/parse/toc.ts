// The table of contents: found after a label (`PUNKTER`, `Indhold`, `Indholdsfortegnelse`) or as a leading run of
// numbered lines; entries one per line or squashed into one line by a PDF-to-text export (`89. Title...i 90. …`).
import type { Doc } from './doc.js';
import { cleanLine, foldKey } from './text.js';

export interface TocEntryDraft {
  number: string | null;
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

const TOC_LABELS = new Set(['punkter', 'indhold', 'indholdsfortegnelse', 'dagsorden', 'dagsordenpunkter', 'punkter på dagsordenen']);

const ENTRY_PATTERNS: RegExp[] = [
  /^(?:[•·▪◦*-] ?)?punkt (\d{1,4})[.:]? ?(.*)$/iu,
  /^(?:[•·▪◦*-] ?)?pkt\.? ?(\d{1,4})[.:]? ?(.*)$/iu,
  /^(?:[•·▪◦*-] ?)?(\d{1,4})[.)] ?(\S.*)$/u,
  // `1 Godkendelse af dagsorden` — only ever read after a contents label.
  /^(\d{1,3}) (\p{Lu}.*)$/u,
];

export const CLOSED = /\blukket (?:punkt|sag|møde)\b|\(lukket\)|^lukket\b/iu;

/** Splits `Title.....\t3` or `Title...xv` into title and page. */
export function splitLeader(text: string): { title: string; page: string | null } {
  // `Title<TAB>3`: a tab before a trailing number separates the page.
  const tab = /^(.*\S)\t+\s*(\d{1,4}|[ivxlc]{1,6})\s*$/u.exec(text);
  if (tab && !/(?:\.{3,}|…)/u.test(tab[1]!)) return { title: tab[1]!.trim(), page: tab[2]! };
  const t = text.replace(/\t/g, ' ');
  const lead = /(?:\.{3,}|…+)/u.exec(t);
  if (lead) {
    const after = t.slice(lead.index + lead[0].length).trim();
    const page = /^([ivxlcdm]+|\d{1,4})\b/iu.exec(after)?.[1] ?? null;
    return { title: t.slice(0, lead.index).trim(), page };
  }
  const m = /^(.*\S) ((?:[ivxlc]{1,6})|\d{1,3})$/u.exec(t.trim());
  if (m && /[ivxlc]/u.test(m[2]!) && m[2] === m[2]!.toLowerCase()) return { title: m[1]!, page: m[2]! };
  return { title: t.trim(), page: null };
}

function parseEntry(sq: string): { number: string; title: string } | null {
  for (const re of ENTRY_PATTERNS) {
    const m = re.exec(sq);
    if (m) return { number: m[1]!, title: (m[2] ?? '').replace(/^[-–—:.] ?/u, '').trim() };
  }
  return null;
}

function makeEntry(number: string | null, text: string, index: number): TocEntryDraft {
  const { title, page } = splitLeader(text);
  return { number, title, page, closed: CLOSED.test(title), index };
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
  for (let i = from; i < to; i++) {
    if (doc.blank[i]) continue;
    const sq = doc.sq[i]!;
    const low = sq.toLowerCase().replace(/:$/u, '');
    // A label on its own line.
    if (TOC_LABELS.has(low)) {
      const toc = entriesAfter(doc, i, i + 1, to, sq);
      if (toc && toc.entries.length > 0) return toc;
      continue;
    }
    // A label glued to its first entry or to a squashed list of entries.
    const glued = /^(?:\d{1,3} )?(indholdsfortegnelse|indhold|punkter)\s?(.*)$/iu.exec(sq);
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

function entriesAfter(doc: Doc, labelLine: number, from: number, to: number, heading: string): TocDraft | null {
  const entries: TocEntryDraft[] = [];
  const seen = new Set<string>();
  let end = labelLine;
  let glued: number | null = null;
  for (let i = from; i < to; i++) {
    if (doc.blank[i]) continue;
    // The raw line keeps its tabs, which separate page numbers in some exports.
    const e = parseEntry(cleanLine(doc.lines[i]!).trim().replace(/ {2,}/gu, ' '));
    if (!e) break;
    const key = `${e.number}|${foldKey(splitLeader(e.title).title)}`;
    if (seen.has(key)) break;
    // A title-less `Punkt 1.` or a number that goes back: the body has started. (A repeated number with another title
    // is a numbering error in the contents, which item-numbering reports; it stays an entry.)
    const prev = entries[entries.length - 1];
    if (e.title.trim() === '' || (prev && prev.number !== null && Number(e.number) < Number(prev.number))) break; // the first item heading repeats the first entry: the body starts here
    // `10. Eventuelt1. Orientering og rundvisning Elmelunden`: the first item glued to the last entry.
    const first = entries[0];
    if (first) {
      const marker = `${first.number}. ${first.title}`;
      const at = e.title.indexOf(marker);
      const atGlued = at > 0 ? at : e.title.indexOf(`${first.number}.${first.title}`);
      if (atGlued > 0) {
        entries.push(makeEntry(e.number, e.title.slice(0, atGlued), i));
        glued = i;
        end = i;
        break;
      }
    }
    seen.add(key);
    entries.push(makeEntry(e.number, e.title, i));
    end = i;
  }
  if (entries.length === 0) return null;
  return { heading, start: labelLine, end, entries, gluedBodyLine: glued };
}
