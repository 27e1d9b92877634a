// Field-by-field comparison of two matched items and of the meeting facts. Sections are compared per kind (several
// sections of one kind joined), so a section that moved within an item is not a change.
import type { MeetingChange, MeetingField, SectionChange } from '../model/diff.js';
import type { AgendaItem, Meeting, Section, SectionKind } from '../model/meeting.js';
import { normaliseText, sameText, wordDiff } from './words.js';

interface KindText {
  heading: string | null;
  text: string;
}

function byKind(sections: readonly Section[]): Map<SectionKind, KindText> {
  const out = new Map<SectionKind, KindText>();
  for (const s of sections) {
    const prev = out.get(s.kind);
    if (prev) prev.text = prev.text && s.text ? `${prev.text}\n\n${s.text}` : prev.text || s.text;
    else out.set(s.kind, { heading: s.heading, text: s.text });
  }
  return out;
}

export function compareSections(before: readonly Section[], after: readonly Section[], whitespace: boolean): SectionChange[] {
  const b = byKind(before);
  const a = byKind(after);
  const kinds = [...a.keys(), ...[...b.keys()].filter((k) => !a.has(k))];
  const out: SectionChange[] = [];
  for (const kind of kinds) {
    const x = b.get(kind) ?? null;
    const y = a.get(kind) ?? null;
    // A renamed heading is a change of the published text too, also where the section's text is the same.
    const renamed = x !== null && y !== null && x.heading !== null && y.heading !== null && headingKey(x.heading) !== headingKey(y.heading);
    if (x && y && sameText(x.text, y.text, whitespace)) {
      if (renamed) out.push({ kind, heading: y.heading, headingBefore: x.heading!, change: 'modified', before: x.text, after: y.text, words: [] });
      continue;
    }
    // An empty section is no text yet: an agenda's bare `Beslutning` heading filled in by the minutes is a decision
    // added, as it is where the agenda has no heading at all.
    const change = x === null || x.text === '' ? 'added' : y === null || y.text === '' ? 'removed' : 'modified';
    out.push({
      kind,
      heading: y?.heading ?? x?.heading ?? null,
      ...(renamed ? { headingBefore: x!.heading! } : {}),
      change,
      before: x?.text ?? null,
      after: y?.text ?? null,
      words: wordDiff(x?.text ?? '', y?.text ?? '', whitespace),
    });
  }
  return out;
}

/** A heading as a reader compares it: case, a final colon and white space aside. */
function headingKey(h: string): string {
  return normaliseText(h).replace(/:$/u, '').trim().toLowerCase();
}

export interface ItemComparison {
  retitled: boolean;
  closed: { before: boolean; after: boolean } | null;
  titleWords: ReturnType<typeof wordDiff>;
  sections: SectionChange[];
}

export function compareItems(before: AgendaItem, after: AgendaItem, whitespace: boolean): ItemComparison {
  const retitled = !sameText(before.title, after.title, whitespace);
  return {
    retitled,
    closed: before.closed === after.closed ? null : { before: before.closed, after: after.closed },
    titleWords: retitled ? wordDiff(before.title ?? '', after.title ?? '', whitespace) : [],
    sections: compareSections(before.sections, after.sections, whitespace),
  };
}

const SCALAR_FIELDS = ['title', 'committee', 'kind', 'date', 'start', 'end', 'location', 'published'] as const satisfies readonly MeetingField[];

function names(m: Meeting, absent: boolean): string[] {
  return m.participants.filter((p) => p.absent === absent).map((p) => p.name);
}

function listChange(field: MeetingField, before: string[], after: string[]): MeetingChange | null {
  const key = (s: string) => normaliseText(s).toLowerCase();
  const bs = new Set(before.map(key));
  const as = new Set(after.map(key));
  const added = after.filter((n) => !bs.has(key(n)));
  const removed = before.filter((n) => !as.has(key(n)));
  if (added.length === 0 && removed.length === 0) return null;
  return { field, before, after, added, removed };
}

/** Meeting-level differences: scalar facts, then who took part and who was absent (as sets: order is not a change). */
export function compareMeetings(before: Meeting, after: Meeting, whitespace: boolean): MeetingChange[] {
  const out: MeetingChange[] = [];
  for (const field of SCALAR_FIELDS) {
    const x = before[field];
    const y = after[field];
    if (!sameText(x, y, whitespace)) out.push({ field, before: x, after: y });
  }
  const present = listChange('participants', names(before, false), names(after, false));
  if (present) out.push(present);
  const absent = listChange('absent', names(before, true), names(after, true));
  if (absent) out.push(absent);
  return out;
}
