// The Meeting model: zod schemas are the single source of the TypeScript types and of the published JSON Schema.
// Position convention: lines are 1-based; `endLine` is the last line a node covers (inclusive). Positions point into
// the decoded source lines, never into cleaned text. Every source line belongs to exactly one node (see
// `src/parse/accounting.ts`): a header field, the table-of-contents block, an item's title line or section, or an
// explicit `unassigned` block.
import * as z from 'zod';
import { SCHEMA_VERSION } from './version.js';

export { SCHEMA_VERSION };

const line = z.number().int().min(1).describe('1-based source line');
const endLine = z.number().int().min(1).describe('last source line covered (inclusive)');

export const Encoding = z
  .enum(['utf-8', 'utf-16le', 'utf-16be', 'windows-1252'])
  .describe('how the bytes were decoded');

export const LineEnding = z.enum(['lf', 'crlf', 'cr', 'mixed', 'none']);

export const Source = z
  .object({
    path: z.string().describe("the input path as given (relative), or '<stdin>'"),
    encoding: Encoding,
    bom: z.boolean().describe('the input started with a byte-order mark'),
    lineEnding: LineEnding,
    format: z.string().describe("the export format family that parsed the file, e.g. 'header-block', 'punkt', 'generic'"),
    lineCount: z.number().int().min(0),
  })
  .meta({ id: 'Source' });

export const HeaderFieldName = z.enum([
  'title',
  'committee',
  'meeting',
  'location',
  'start',
  'end',
  'date',
  'time',
  'published',
  'participants',
  'absent',
  'other',
]);

export const HeaderField = z
  .object({
    field: HeaderFieldName,
    label: z.string().nullable().describe("the label as written ('STED', 'Dato:'), or null for an unlabelled line"),
    value: z.string().describe('the cleaned value text'),
    line,
    endLine,
  })
  .meta({ id: 'HeaderField' });

export const Participant = z
  .object({
    name: z.string(),
    absent: z.boolean(),
    external: z.boolean(),
    line,
  })
  .meta({ id: 'Participant' });

export const TocEntry = z
  .object({
    number: z.string().nullable().describe("the item number as written, without a trailing period ('49', '3a', '01', 'IV')"),
    title: z.string(),
    page: z.string().nullable().describe('page reference after dot leaders, if any'),
    closed: z.boolean(),
    line,
  })
  .meta({ id: 'TocEntry' });

export const Block = z
  .object({ line, endLine })
  .meta({ id: 'Block' });

export const TocBlock = z
  .object({
    heading: z.string().nullable().describe("the table-of-contents label as written ('PUNKTER', 'Indhold')"),
    line,
    endLine,
  })
  .meta({ id: 'TocBlock' });

export const SectionKind = z
  .enum([
    'summary',
    'background',
    'case',
    'recommendation',
    'decision',
    'attachments',
    'information',
    'history',
    'other',
  ])
  .describe("'history' is a Sagsgang chain: earlier committees' handling of the case, kept apart from the decision");

export const Section = z
  .object({
    heading: z.string().nullable().describe('the heading as written; null for body text before any heading'),
    kind: SectionKind,
    text: z.string().describe('cleaned text: NBSP as space, no trailing white space, blank-line runs folded'),
    line: line.describe('the heading line (or the first line of an unheaded section)'),
    endLine,
  })
  .meta({ id: 'Section' });

export const TitleLine = z
  .object({
    text: z.string().describe("a line that states the item's number and/or title: 'N. Title', 'Punkt N.', a repeated title"),
    line,
    endLine,
  })
  .meta({ id: 'TitleLine' });

export const Attachment = z
  .object({
    name: z.string(),
    extension: z.string().nullable().describe("lower-case file extension without the dot ('pdf'), or null"),
    line,
  })
  .meta({ id: 'Attachment' });

export const Outcome = z
  .enum(['approved', 'noted', 'discussed', 'postponed', 'rejected', 'appointed', 'other'])
  .describe('what the decision states, classified from Danish phrasing');

export const AgendaItem = z
  .object({
    number: z.string().nullable().describe("the item number as written ('49', '301', an added item '3a', 'IV'), or null"),
    title: z.string().nullable(),
    closed: z.boolean().describe("a closed item ('Lukket punkt')"),
    line: line.describe("the item's heading line in the body: 'N. Title' or 'Punkt N.'"),
    endLine,
    titleLines: z.array(TitleLine),
    sections: z.array(Section),
    decision: z.string().nullable().describe('text of the decision section(s), or null when the item has none'),
    recommendation: z.string().nullable(),
    outcome: Outcome.nullable().describe('the main outcome of the decision; null when there is no decision'),
    outcomes: z.array(Outcome).describe('every outcome the decision states, in order'),
    attachments: z.array(Attachment),
  })
  .meta({ id: 'AgendaItem' });

export const Unassigned = z
  .object({
    reason: z.enum(['preamble', 'boilerplate', 'trailing', 'unrecognised']),
    text: z.string(),
    line,
    endLine,
  })
  .meta({ id: 'Unassigned' });

export const Meeting = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    source: Source,
    kind: z.enum(['minutes', 'agenda']),
    title: z.string().nullable(),
    committee: z
      .string()
      .nullable()
      .describe('the body that met, as the header names it; a name written in capitals is given as names are written (BYRÅDET → Byrådet), the header field keeps it as written'),
    date: z.iso.date().nullable().describe('the meeting date (ISO 8601)'),
    published: z.iso.date().nullable().describe('publication date (ISO 8601)'),
    start: z.iso.datetime({ local: true }).nullable().describe('local date-time, e.g. 2021-06-23T09:00; null unless a start time is stated'),
    end: z.iso.datetime({ local: true }).nullable(),
    location: z.string().nullable(),
    participants: z.array(Participant),
    headerBlock: Block.nullable().describe('the header lines (committee, place, times …) before the table of contents'),
    header: z.array(HeaderField).describe('each meeting fact with the source line(s) it came from'),
    tocBlock: TocBlock.nullable(),
    toc: z.array(TocEntry),
    items: z.array(AgendaItem),
    unassigned: z.array(Unassigned).describe('lines that belong to no item or header field, kept so nothing is lost'),
  })
  .meta({ id: 'Meeting', title: 'Meeting' });

export type Encoding = z.infer<typeof Encoding>;
export type LineEnding = z.infer<typeof LineEnding>;
export type Source = z.infer<typeof Source>;
export type HeaderFieldName = z.infer<typeof HeaderFieldName>;
export type HeaderField = z.infer<typeof HeaderField>;
export type Participant = z.infer<typeof Participant>;
export type TocEntry = z.infer<typeof TocEntry>;
export type TocBlock = z.infer<typeof TocBlock>;
export type Block = z.infer<typeof Block>;
export type SectionKind = z.infer<typeof SectionKind>;
export type Section = z.infer<typeof Section>;
export type TitleLine = z.infer<typeof TitleLine>;
export type Attachment = z.infer<typeof Attachment>;
export type Outcome = z.infer<typeof Outcome>;
export type AgendaItem = z.infer<typeof AgendaItem>;
export type Unassigned = z.infer<typeof Unassigned>;
export type Meeting = z.infer<typeof Meeting>;
