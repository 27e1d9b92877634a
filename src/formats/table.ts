// Minutes laid out as a table, one row per item: a Word table saved as text (cells apart by tabs) or a PDF table
// through `pdftotext -layout` (columns aligned with spaces). Small councils and boards write them (`Punkt  Emne
// Beslutning`). A header row names the columns; a row whose first cell is a number starts an item, and a line without
// one goes on with the row above, cell by cell. Each item is one decision section: the decision column's text (with
// any other column's text after it, labelled), headed by the column's name, starting on the row's first line.
import type { AgendaItem, Meeting, Unassigned } from '../model/meeting.js';
import { type MeetingBody, meetingKind, meetingParticipants } from '../parse/assemble.js';
import { DOCUMENT_NAME, type Doc, nextNonBlank, textOf } from '../parse/doc.js';
import { WRAP_END } from '../parse/items.js';
import { parseHeader } from '../parse/header.js';
import { cleanLine, squash } from '../parse/text.js';
import { classifyOutcomes } from '../tables/outcome.js';
import { DETECT_LINES } from './evidence.js';
import type { FormatModule } from './types.js';

/** Column names: the number, the item's title, the decision. (`Punkt` names the title where no number column is.) */
const NUMBER_COLUMN = /^(?:pkt\.?|punkt|nr\.?|sag nr\.?|sagsnr\.?|#)$/i;
const TITLE_COLUMN = /^(?:emne|sag|titel|overskrift|dagsorden|dagsordenspunkt|punkt|tema|indhold|sagens titel)$/i;
const DECISION_COLUMN = /^(?:beslutning(?:er)?|referat|referat ?\/ ?beslutning|beslutning ?\/ ?referat|referat og beslutning|konklusion|besluttet|aftalt|resultat)$/i;

/** A number cell (`1`, `1.`, `12)`), or a title cell that starts with one (`1. Godkendelse af dagsorden`). */
const NUMBER_CELL = /^(\d{1,3})[.)]?$/;
const NUMBERED_TITLE = /^(\d{1,3})[.)] ?(\S.*)$/;

interface Cell {
  text: string;
  /** Where the cell starts: its character offset (space-aligned) or its index (tab-separated). */
  at: number;
}

interface Table {
  /** 0-based line of the header row (its first line, for a stacked table). */
  header: number;
  /** 0-based last line of the header: the header row, or the last name of a stacked header. */
  headerEnd: number;
  /**
   * A table pasted one cell per line (a Word table copied into a plain editor): the column names one per line, and
   * each row a number line followed by its cells one per line, the decision cell taking the rest of the row.
   */
  stacked: boolean;
  tabs: boolean;
  names: string[];
  /** Column starts, as `Cell.at`. */
  starts: number[];
  numberCol: number;
  titleCol: number;
  decisionCol: number;
}

/** The cells of a line: apart by tabs, or (with `tabs` false) by runs of two or more spaces. */
function cellsOf(raw: string, tabs: boolean): Cell[] {
  const line = cleanLine(raw);
  const out: Cell[] = [];
  if (tabs) {
    line.split('\t').forEach((t, k) => {
      const text = squash(t);
      if (text !== '') out.push({ text, at: k });
    });
    return out;
  }
  const re = /\S+(?: \S+)*/g;
  for (let m = re.exec(line); m !== null; m = re.exec(line)) out.push({ text: m[0], at: m.index });
  return out;
}

/** The header row at line i, or null: two to five cells, one naming the decision and one the number or the title. */
function headerAt(doc: Doc, i: number): Table | null {
  const raw = doc.lines[i]!;
  // (A tab at the line's end, after the last name, leaves the columns apart by spaces.)
  const tabs = raw.trimEnd().includes('\t');
  if (!tabs && !raw.includes('  ')) return null;
  const cells = cellsOf(raw, tabs);
  if (cells.length < 2 || cells.length > 5) return null;
  const names = cells.map((c) => c.text.replace(/:$/u, ''));
  const decisionCol = names.findIndex((n) => DECISION_COLUMN.test(n));
  if (decisionCol < 1) return null;
  const numberCol = NUMBER_COLUMN.test(names[0]!) && decisionCol > 1 ? 0 : -1;
  const titleCol = numberCol === 0 ? 1 : TITLE_COLUMN.test(names[0]!) ? 0 : -1;
  if (titleCol < 0 || titleCol >= decisionCol) return null;
  return { header: i, headerEnd: i, stacked: false, tabs, names, starts: cells.map((c) => c.at), numberCol, titleCol, decisionCol };
}

/** Other column names a stacked header may hold (`Tid`, `Ansvarlig`, …). */
const OTHER_COLUMN = /^(?:tid|tidspunkt|ansvarlig|ansvar|frist|opfølgning|bemærkninger|noter|bilag|hvem|type|sagstype)$/i;

/**
 * A stacked header at line i: two to five lines in a row, each one column name, the first naming the number and one
 * the decision (`Punkt` / `Tid` / `Emne` / `Referat`).
 */
function stackedHeaderAt(doc: Doc, i: number): Table | null {
  if (!NUMBER_COLUMN.test(doc.sq[i]!)) return null;
  const names: string[] = [];
  for (let j = i; j < doc.n && !doc.blank[j] && names.length < 6; j++) {
    const name = doc.sq[j]!.replace(/:$/u, '');
    if (!(NUMBER_COLUMN.test(name) || TITLE_COLUMN.test(name) || DECISION_COLUMN.test(name) || OTHER_COLUMN.test(name))) break;
    names.push(name);
  }
  if (names.length < 3 || names.length > 5) return null;
  const decisionCol = names.findIndex((n, k) => k > 0 && DECISION_COLUMN.test(n));
  const titleCol = names.findIndex((n, k) => k > 0 && TITLE_COLUMN.test(n));
  if (decisionCol !== names.length - 1 || titleCol < 1 || titleCol >= decisionCol) return null;
  return { header: i, headerEnd: i + names.length - 1, stacked: true, tabs: false, names, starts: [], numberCol: 0, titleCol, decisionCol };
}

/**
 * The rows of a stacked table: each a number line (after a blank line, numbered one on from the row before) and the
 * lines up to the next one. Null where an item heading or a section heading follows: then the table is a list inside
 * minutes of another layout (a follow-up list, an overview above the items), not the minutes.
 */
function stackedRows(doc: Doc, t: Table): Array<{ start: number; end: number; number: string; columns: string[][] }> | null {
  const rows: Array<{ start: number; end: number; number: string; columns: string[][] }> = [];
  for (let i = t.headerEnd + 1; i < doc.n; i++) {
    if (doc.blank[i]) continue;
    const sq = doc.sq[i]!;
    const h = doc.heading(i);
    if ((h !== null && h.exact && !h.weak && !DOCUMENT_NAME.test(sq)) || ITEM_HEADING.test(sq)) return null;
    if (!doc.blank[i - 1]) continue;
    const m = NUMBER_CELL.exec(sq);
    if (!m) continue;
    const prev = rows[rows.length - 1];
    if (prev && Number(m[1]) !== Number(prev.number) + 1) continue;
    if (prev) prev.end = i - 1;
    rows.push({ start: i, end: doc.n - 1, number: m[1]!, columns: t.names.map(() => []) });
  }
  for (const r of rows) {
    let col = 1;
    for (let i = r.start + 1; i <= r.end; i++) {
      if (doc.blank[i]) {
        // A blank line inside the decision cell is a paragraph of it.
        if (col === t.decisionCol && r.columns[col]!.length > 0) r.columns[col]!.push('');
        continue;
      }
      r.columns[col]!.push(doc.sq[i]!);
      if (col < t.decisionCol) col++;
    }
    const d = r.columns[t.decisionCol]!;
    while (d.length > 0 && d[d.length - 1] === '') d.pop();
  }
  return rows;
}

/** The column a cell belongs to: the last one starting at or before it (two characters' slack for PDF alignment). */
function columnOf(t: Table, at: number): number {
  if (t.tabs) return Math.min(at, t.starts.length - 1);
  let col = 0;
  for (let k = 0; k < t.starts.length; k++) if (t.starts[k]! <= at + 2) col = k;
  return col;
}

/** The item number a row line starts with, and its cells by column, or null for a line that goes on with a row. */
function rowAt(t: Table, raw: string): { number: string; columns: string[] } | null {
  const cells = cellsOf(raw, t.tabs);
  if (cells.length === 0) return null;
  const columns: string[] = t.names.map(() => '');
  for (const c of cells) {
    const col = columnOf(t, c.at);
    columns[col] = columns[col] === '' ? c.text : `${columns[col]} ${c.text}`;
  }
  if (t.numberCol === 0) {
    // `1.   Godkendelse af dagsorden`: a number set off by fewer spaces than a column gap is still the number cell.
    const first = cells[0]!;
    const glued = columnOf(t, first.at) === 0 ? NUMBERED_TITLE.exec(first.text) : null;
    if (glued && columns[1] === '') return { number: glued[1]!, columns: ['', glued[2]!, ...columns.slice(2)] };
    const m = NUMBER_CELL.exec(columns[0]!);
    return m ? { number: m[1]!, columns } : null;
  }
  const m = NUMBERED_TITLE.exec(columns[t.titleCol]!);
  if (!m || columnOf(t, cells[0]!.at) !== t.titleCol) return null;
  columns[t.titleCol] = m[2]!;
  return { number: m[1]!, columns };
}

/** An item heading (`3. Title`, `Punkt 3`, `Pkt. 3`): above a table, it makes the table part of an item's text. */
const ITEM_HEADING = /^(?:(?:punkt|pkt\.?|dagsordenspunkt|sag nr\.?) ?\d{1,4}\b|\d{1,3}[.)] +\p{Lu})/iu;

/**
 * The first table header among the first lines, with at least two rows under it, where the table is the agenda: no
 * item heading and no section heading stands above it (a follow-up list or a vote table inside an item is text).
 */
function findTable(doc: Doc): Table | null {
  // Detection and parsing both ask; the document is the same.
  if (found.has(doc)) return found.get(doc)!;
  const t = searchTable(doc);
  found.set(doc, t);
  return t;
}

const found = new WeakMap<Doc, Table | null>();

function searchTable(doc: Doc): Table | null {
  const n = Math.min(doc.n, DETECT_LINES);
  for (let i = 0; i < n; i++) {
    if (doc.blank[i]) continue;
    const stacked = stackedHeaderAt(doc, i);
    if (stacked !== null && (stackedRows(doc, stacked)?.length ?? 0) >= 2) return stacked;
    const h = doc.heading(i);
    if ((h !== null && h.exact && !h.weak && !DOCUMENT_NAME.test(doc.sq[i]!)) || ITEM_HEADING.test(doc.sq[i]!)) return null;
    const t = headerAt(doc, i);
    if (!t) continue;
    let rows = 0;
    for (let j = i + 1; j < doc.n && rows < 2; j++) if (!doc.blank[j] && rowAt(t, doc.lines[j]!)) rows++;
    if (rows >= 2) return t;
  }
  return null;
}

export const table: FormatModule = {
  id: 'table',
  description: 'one row per item under a header row such as `Punkt  Emne  Beslutning` (tab-separated or aligned columns)',
  detect(doc) {
    const t = findTable(doc);
    if (!t) return { score: 0, reasons: [] };
    return { score: 0.9, reasons: [`table header '${t.names.join(' | ')}' on line ${t.header + 1}`] };
  },
  parse(doc) {
    const t = findTable(doc);
    if (!t) return emptyBody(doc);
    return parseTable(doc, t);
  },
};

/** Where the table ends: a blank line, then a line that neither starts a row nor lies in a column right of the first. */
function tableEnd(doc: Doc, t: Table, from: number): number {
  let afterBlank = false;
  for (let i = from; i < doc.n; i++) {
    if (doc.blank[i]) {
      afterBlank = true;
      continue;
    }
    if (afterBlank && !rowAt(t, doc.lines[i]!)) {
      const cells = cellsOf(doc.lines[i]!, t.tabs);
      if (cells.length === 1 && columnOf(t, cells[0]!.at) === 0 && !(t.tabs && doc.lines[i]!.includes('\t'))) return i;
    }
    afterBlank = false;
  }
  return doc.n;
}

function parseTable(doc: Doc, t: Table): MeetingBody {
  const header = parseHeader(doc, 0, t.header);
  const first = nextNonBlank(doc, t.headerEnd + 1);
  const end = t.stacked ? doc.n : tableEnd(doc, t, first);
  const items: AgendaItem[] = [];
  const unassigned: Unassigned[] = [];
  if (t.stacked) for (const r of stackedRows(doc, t) ?? []) items.push(itemOf(doc, t, r.start, r.end, r.number, r.columns));
  let current: { start: number; number: string; columns: string[][]; notes: string[] } | null = null;
  let last = first;
  const flush = (to: number) => {
    if (current) items.push(itemOf(doc, t, current.start, to, current.number, current.columns, current.notes));
  };
  for (let i = first; i < end && !t.stacked; i++) {
    if (doc.blank[i]) continue;
    let row = rowAt(t, doc.lines[i]!);
    // (`1. Folder: Kirsten og Bodil` in row 7's cell is a numbered paragraph of it: rows are numbered upwards.)
    if (row && current && Number(row.number) <= Number(current.number)) row = null;
    if (row) {
      flush(i - 1);
      current = { start: i, number: row.number, columns: row.columns.map((c) => (c === '' ? [] : [c])), notes: [] };
    } else if (current) {
      // A line that goes on with the row: its cells by column (a line without a tab goes on with the last cell filled).
      const cells = cellsOf(doc.lines[i]!, t.tabs);
      const raw = doc.lines[i]!;
      if (t.tabs && (!raw.includes('\t') || cleanLine(raw).charCodeAt(0) !== 9)) {
        // Another paragraph of the last cell filled (Word saves a cell's paragraphs one per line); cells after a tab on
        // it are the next columns (`b) Stiftet har godkendt …<TAB>Taget til efterretning.`).
        let col = t.names.length - 1;
        while (col > 0 && current.columns[col]!.length === 0) col--;
        for (const c of cells) {
          const to = Math.min(col + c.at, t.names.length - 1);
          // (A paragraph of the title cell is a note under the title, unless the title breaks off before it, `…
          // tilskud til` / `renovering af …`; a row with an empty number cell continues the title.)
          const titleCell = current.columns[t.titleCol]!;
          if (to === t.titleCol && !(current.notes.length === 0 && titleBreaksOff(titleCell[titleCell.length - 1] ?? '', c.text))) current.notes.push(c.text);
          else current.columns[to]!.push(c.text);
        }
      } else {
        for (const c of cells) current.columns[columnOf(t, c.at)]!.push(c.text);
      }
    }
    last = i;
  }
  flush(end - 1);
  if (items.length > 0 && end < doc.n) {
    // The last item ends at its last row line; the lines after the table are the closing.
    const it = items[items.length - 1]!;
    const lastRow = last + 1;
    if (it.endLine > lastRow) {
      it.endLine = lastRow;
      it.sections[0]!.endLine = lastRow;
    }
    unassigned.push({ reason: 'trailing', text: textOf(doc, lastRow, doc.n - 1), line: lastRow + 1, endLine: doc.n });
  }
  // The header block runs from the first header fact to the line before the first row (the header row with it).
  const fieldLines = header.fields.map((f) => f.line - 1).filter((l) => l < t.header);
  const firstField = fieldLines.length > 0 ? Math.min(...fieldLines) : t.header;
  if (firstField > 0) unassigned.push({ reason: 'preamble', text: textOf(doc, 0, firstField - 1), line: 1, endLine: firstField });
  const headerBlock: Meeting['headerBlock'] = { line: firstField + 1, endLine: (items[0]?.line ?? end + 1) - 1 };
  unassigned.sort((a, b) => a.line - b.line);
  const participants = meetingParticipants(doc, header.participants, items);
  const kind = meetingKind(header.title ?? '', items);
  return {
    kind,
    title: header.title,
    committee: header.committee,
    date: header.date,
    published: header.published,
    start: header.start,
    end: header.end,
    location: header.location,
    participants,
    headerBlock,
    header: header.fields,
    tocBlock: null,
    toc: [],
    items,
    unassigned,
  };
}

/** A title that ends in a word needing the next one (`… om tilskud til`), or whose next paragraph starts in lower case. */
function titleBreaksOff(title: string, next: string): boolean {
  // (`a) Formanden`, a list under the title, starts in lower case too.)
  return WRAP_END.test(title) || (/^\p{Ll}/u.test(next) && !/^\p{Ll}[.)] /u.test(next));
}

/** One row (lines [start, to]) as an item: its title cell, and one decision section with the other columns' text. */
function itemOf(doc: Doc, t: Table, start: number, to: number, number: string, columns: string[][], notes: readonly string[] = []): AgendaItem {
  // `notes`: paragraphs of a Word table's title cell after its first, the title (which wraps over rows instead).
  const title = columns[t.titleCol]!.join(' ').trim() || null;
  const parts: string[] = [];
  const decisionText = columns[t.decisionCol]!.join('\n');
  if (decisionText !== '') parts.push(decisionText);
  if (notes.length > 0) parts.push(`${t.names[t.titleCol]}: ${notes.join(' ')}`);
  columns.forEach((c, k) => {
    if (k === t.numberCol || k === t.titleCol || k === t.decisionCol || c.length === 0) return;
    parts.push(`${t.names[k]}: ${c.join(' ')}`);
  });
  const decision = parts.join('\n\n');
  const { outcome, outcomes } = classifyOutcomes(decision);
  return {
    number,
    title,
    closed: false,
    line: start + 1,
    endLine: to + 1,
    titleLines: [],
    sections: [{ heading: t.names[t.decisionCol]!, kind: 'decision', text: decision, line: start + 1, endLine: to + 1 }],
    decision,
    recommendation: null,
    outcome,
    outcomes,
    attachments: [],
  };
}

function emptyBody(doc: Doc): MeetingBody {
  return {
    kind: 'minutes',
    title: null,
    committee: null,
    date: null,
    published: null,
    start: null,
    end: null,
    location: null,
    participants: [],
    headerBlock: null,
    header: [],
    tocBlock: null,
    toc: [],
    items: [],
    unassigned: [{ reason: 'unrecognised', text: textOf(doc, 0, doc.n - 1), line: 1, endLine: doc.n }],
  };
}
