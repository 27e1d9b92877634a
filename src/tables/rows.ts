// Meeting → table rows for CSV: decisions, items, attachments, participants. One fixed column list per table; the
// first columns always say which meeting a row belongs to.
import type { AgendaItem, Meeting } from '../model/meeting.js';

export const TABLE_NAMES = ['decisions', 'items', 'attachments', 'participants'] as const;
export type TableName = (typeof TABLE_NAMES)[number];

export type Cell = string | number | boolean | null;
export type Row = Record<string, Cell>;

export interface Column {
  key: string;
  /** What the column holds, for the README and `--help`. */
  doc: string;
}

const MEETING_COLUMNS: Column[] = [
  { key: 'file', doc: 'the input path' },
  { key: 'committee', doc: 'udvalg' },
  { key: 'meeting_date', doc: 'ISO date (YYYY-MM-DD)' },
  { key: 'meeting_title', doc: 'the meeting title' },
];

const meetingCells = (m: Meeting): Row => ({
  file: m.source.path,
  committee: m.committee,
  meeting_date: m.date ?? m.start?.slice(0, 10) ?? null,
  meeting_title: m.title,
});

const itemCells = (it: AgendaItem): Row => ({ item_number: it.number, item_title: it.title });

export const TABLES: Record<TableName, { columns: Column[]; rows(m: Meeting): Row[] }> = {
  decisions: {
    columns: [
      ...MEETING_COLUMNS,
      { key: 'item_number', doc: 'as written' },
      { key: 'item_title', doc: '' },
      { key: 'outcome', doc: 'approved, noted, discussed, postponed, rejected, appointed or other' },
      { key: 'outcomes', doc: 'every outcome the decision states, in order, separated by " | "' },
      { key: 'closed', doc: 'a closed item (lukket punkt)' },
      { key: 'decision', doc: 'the decision text (Beslutning)' },
      { key: 'decision_line', doc: 'the source line of the Beslutning heading' },
    ],
    rows: (m) =>
      m.items
        .filter((it) => it.decision !== null)
        .map((it) => ({
          ...meetingCells(m),
          ...itemCells(it),
          outcome: it.outcome,
          outcomes: it.outcomes.join(' | '),
          closed: it.closed,
          decision: it.decision,
          decision_line: it.sections.find((s) => s.kind === 'decision')?.line ?? it.line,
        })),
  },
  items: {
    columns: [
      ...MEETING_COLUMNS,
      { key: 'item_number', doc: 'as written' },
      { key: 'item_title', doc: '' },
      { key: 'closed', doc: 'a closed item (lukket punkt)' },
      { key: 'recommendation', doc: 'Indstilling; empty when absent' },
      { key: 'decision', doc: 'Beslutning; empty when absent' },
      { key: 'outcome', doc: 'empty when there is no decision' },
      { key: 'attachments', doc: 'number of attachments' },
      { key: 'item_line', doc: "the source line of the item's heading" },
    ],
    rows: (m) =>
      m.items.map((it) => ({
        ...meetingCells(m),
        ...itemCells(it),
        closed: it.closed,
        recommendation: it.recommendation,
        decision: it.decision,
        outcome: it.outcome,
        attachments: it.attachments.length,
        item_line: it.line,
      })),
  },
  attachments: {
    columns: [
      ...MEETING_COLUMNS,
      { key: 'item_number', doc: 'as written' },
      { key: 'item_title', doc: '' },
      { key: 'attachment', doc: 'the attachment name as listed' },
      { key: 'extension', doc: 'pdf, docx … or empty' },
      { key: 'line', doc: 'the source line' },
    ],
    rows: (m) =>
      m.items.flatMap((it) =>
        it.attachments.map((a) => ({ ...meetingCells(m), ...itemCells(it), attachment: a.name, extension: a.extension, line: a.line })),
      ),
  },
  participants: {
    columns: [
      ...MEETING_COLUMNS,
      { key: 'name', doc: 'as written' },
      { key: 'absent', doc: 'fraværende / afbud' },
      { key: 'external', doc: 'eksterne deltagere' },
      { key: 'line', doc: 'the source line' },
    ],
    rows: (m) => m.participants.map((p) => ({ ...meetingCells(m), name: p.name, absent: p.absent, external: p.external, line: p.line })),
  },
};

/** The rows of one table for one meeting. */
export function toRows(m: Meeting, table: TableName): Row[] {
  return TABLES[table].rows(m);
}
