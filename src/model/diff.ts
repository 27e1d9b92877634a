// The Diff model: what changed between two Meetings (an agenda and its minutes, two published versions of one
// meeting's minutes, or two meetings of one committee). zod is the single source of the types and of the published
// JSON Schema (schema/diff.schema.json). The core shape — identical, meeting[], items[] with change/before/after/
// sections — is a stable contract; the other fields are documented extras.
import * as z from 'zod';
import { SectionKind } from './meeting.js';

export const DIFF_SCHEMA_VERSION = 1 as const;

export const WordOp = z.enum(['equal', 'added', 'removed']);

export const WordChange = z
  .object({
    op: WordOp,
    text: z.string().describe('the run of text, white space included'),
  })
  .meta({ id: 'WordChange', description: "one run of a word-level diff (jsdiff diffWords); joining the 'equal' and 'removed' runs gives the before text, 'equal' and 'added' the after text" });

export const MeetingField = z.enum(['title', 'committee', 'kind', 'date', 'start', 'end', 'location', 'published', 'participants', 'absent']);

export const MeetingChange = z
  .object({
    field: MeetingField.describe("'participants' lists those present (not absent); 'absent' those marked absent"),
    before: z.union([z.string(), z.array(z.string())]).nullable().describe('a string, or a list of names for participants/absent'),
    after: z.union([z.string(), z.array(z.string())]).nullable(),
    added: z.array(z.string()).optional().describe('for participants/absent: names only in the after list'),
    removed: z.array(z.string()).optional().describe('for participants/absent: names only in the before list'),
  })
  .meta({ id: 'MeetingChange' });

export const ItemRef = z
  .object({
    number: z.string().nullable(),
    title: z.string().nullable(),
    line: z.number().int().min(1).describe("the item's heading line in its file (extra)"),
  })
  .meta({ id: 'ItemRef' });

export const SectionChange = z
  .object({
    kind: SectionKind,
    heading: z.string().nullable().describe('the heading as written (after, else before); sections of one kind are compared together'),
    headingBefore: z.string().optional().describe('the heading before, present only when it was renamed (`Indstilling` → `Forslag til beslutning`); the text may be unchanged (words empty)'),
    change: z.enum(['added', 'removed', 'modified']).describe("'added' when the before text is absent or empty (an agenda's bare heading), 'removed' when the after text is"),
    before: z.string().nullable().describe('the section text before (sections of this kind joined by a blank line); null when there was no such section'),
    after: z.string().nullable(),
    words: z.array(WordChange),
  })
  .meta({ id: 'SectionChange' });

export const ItemChangeKind = z
  .enum(['added', 'removed', 'modified', 'renumbered', 'moved'])
  .describe("'modified': its title or content changed (its number may have changed too); 'renumbered': only its number changed; 'moved': only its place among the items changed (same number, title and content)");

export const ItemChange = z
  .object({
    change: ItemChangeKind,
    before: ItemRef.nullable().describe('null when added'),
    after: ItemRef.nullable().describe('null when removed'),
    retitled: z.boolean().describe('the title changed (extra)'),
    renumbered: z.boolean().describe('the number changed (extra; also true on modified items)'),
    moved: z.boolean().describe('the item changed place relative to the other matched items, not just by an insertion/removal (extra)'),
    titleWords: z.array(WordChange).describe('word diff of the title when retitled, else empty (extra)'),
    closed: z.object({ before: z.boolean(), after: z.boolean() }).nullable().describe("set when the item became closed ('Lukket punkt') or open; null otherwise (extra)"),
    matchedBy: z.enum(['identical', 'title', 'similar', 'number']).nullable().describe("how the two items were paired: same title and content, same title, alike content or title (≥ half their longer words shared), or same number with some shared content; null for added/removed (extra)"),
    sections: z.array(SectionChange).describe('changed sections only'),
  })
  .meta({ id: 'ItemChange' });

export const RenumberRun = z
  .object({
    before: z.object({ first: z.string(), last: z.string() }),
    after: z.object({ first: z.string(), last: z.string() }),
    count: z.number().int().min(1),
  })
  .meta({ id: 'RenumberRun', description: "consecutive items whose numbers all shifted by the same amount: 'items 3–9 renumbered to 4–10'" });

export const DiffSummary = z
  .object({
    added: z.number().int().min(0),
    removed: z.number().int().min(0),
    modified: z.number().int().min(0),
    renumbered: z.number().int().min(0).describe('items whose only change is their number'),
    moved: z.number().int().min(0).describe('items whose only change is their place among the items'),
    meeting: z.number().int().min(0).describe('meeting-level fields that changed'),
    renumberRuns: z.array(RenumberRun).describe('every item whose number shifted (renumbered or modified), grouped into runs'),
  })
  .meta({ id: 'DiffSummary' });

export const Diff = z
  .object({
    diffSchemaVersion: z.literal(DIFF_SCHEMA_VERSION),
    identical: z.boolean().describe('no meeting-level and no item differences'),
    sources: z.object({ before: z.string(), after: z.string() }).describe('the input paths as given (extra)'),
    whitespace: z.boolean().describe('white-space-only differences count as changes (--whitespace) (extra)'),
    meeting: z.array(MeetingChange),
    items: z.array(ItemChange).describe('only the items that differ, in the order of the after meeting (removed items where they were)'),
    summary: DiffSummary.describe('counts and renumbering runs (extra)'),
  })
  .meta({ id: 'Diff', title: 'Diff' });

export type WordOp = z.infer<typeof WordOp>;
export type WordChange = z.infer<typeof WordChange>;
export type MeetingField = z.infer<typeof MeetingField>;
export type MeetingChange = z.infer<typeof MeetingChange>;
export type ItemRef = z.infer<typeof ItemRef>;
export type SectionChange = z.infer<typeof SectionChange>;
export type ItemChangeKind = z.infer<typeof ItemChangeKind>;
export type ItemChange = z.infer<typeof ItemChange>;
export type RenumberRun = z.infer<typeof RenumberRun>;
export type DiffSummary = z.infer<typeof DiffSummary>;
export type Diff = z.infer<typeof Diff>;
