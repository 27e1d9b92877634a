// Words the diff renderers share, so text and markdown say the same thing: item labels, renumbering runs, summary,
// and trimming of long unchanged text around a change.
import type { Diff, ItemChange, ItemRef, RenumberRun, WordChange } from '../model/diff.js';
import type { SectionKind } from '../model/meeting.js';

export const KIND_LABEL: Record<SectionKind, string> = {
  summary: 'summary',
  background: 'background',
  case: 'case',
  recommendation: 'recommendation',
  decision: 'decision',
  attachments: 'attachments',
  information: 'information',
  history: 'history',
  other: 'other text',
};

export function sectionLabel(kind: SectionKind, heading: string | null): string {
  const h = heading?.replace(/:$/u, '').trim();
  return h && h.toLowerCase() !== KIND_LABEL[kind] ? `${KIND_LABEL[kind]} (${h})` : KIND_LABEL[kind];
}

export const FIELD_LABEL: Record<string, string> = {
  title: 'title',
  committee: 'committee',
  kind: 'kind',
  date: 'date',
  start: 'start',
  end: 'end',
  location: 'location',
  published: 'published',
  participants: 'present',
  absent: 'absent',
};

export function numberOf(ref: ItemRef): string {
  return ref.number === null ? 'item' : `item ${ref.number}`;
}

/** "item 4" or "item 4 → 5" for a renumbered item. */
export function itemNumberLabel(it: ItemChange): string {
  const b = it.before;
  const a = it.after;
  if (b && a && b.number !== a.number) return `item ${b.number ?? '?'} → ${a.number ?? '?'}`;
  return numberOf((a ?? b)!);
}

const span = (first: string, last: string) => (first === last ? first : `${first}–${last}`);

export function runText(r: RenumberRun): string {
  return r.count === 1 ? `item ${r.before.first} renumbered to ${r.after.first}` : `items ${span(r.before.first, r.before.last)} renumbered to ${span(r.after.first, r.after.last)}`;
}

/** The run that starts at this item, if any. */
export function runStartingAt(diff: Diff, it: ItemChange): RenumberRun | undefined {
  if (!it.before || !it.after) return undefined;
  return diff.summary.renumberRuns.find((r) => r.before.first === it.before!.number && r.after.first === it.after!.number);
}

export function summaryText(diff: Diff): string {
  if (diff.identical) return 'No differences.';
  const s = diff.summary;
  const parts: string[] = [];
  const n = (k: number, one: string, many = `${one}s`) => `${k} ${k === 1 ? one : many}`;
  if (s.meeting) parts.push(n(s.meeting, 'meeting field') + ' changed');
  if (s.added) parts.push(n(s.added, 'item') + ' added');
  if (s.removed) parts.push(n(s.removed, 'item') + ' removed');
  if (s.modified) parts.push(n(s.modified, 'item') + ' modified');
  if (s.renumbered) parts.push(n(s.renumbered, 'item') + ' only renumbered');
  if (s.moved) parts.push(n(s.moved, 'item') + ' only moved');
  return parts.join(', ') + '.';
}

const CONTEXT_WORDS = 8;

/** Shortens long unchanged runs to a few words of context on each side of a change. */
export function trimContext(words: readonly WordChange[]): WordChange[] {
  return words.map((w, k) => {
    if (w.op !== 'equal') return w;
    const spans = [...w.text.matchAll(/\S+/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    const n = CONTEXT_WORDS;
    const first = k === 0;
    const last = k === words.length - 1;
    const head = () => w.text.slice(0, spans[n - 1]!.end);
    const tail = () => w.text.slice(spans[spans.length - n]!.start);
    if (first && last) return w;
    if (first && spans.length > n) return { op: 'equal', text: '…' + tail() };
    if (last && spans.length > n) return { op: 'equal', text: head() + '…' };
    if (!first && !last && spans.length > 2 * n + 1) return { op: 'equal', text: `${head()} … ${tail()}` };
    return w;
  });
}

const WHOLE_LIMIT = 600;

/** Text of an added or removed section, cut at a word boundary when long. */
export function clip(text: string): string {
  if (text.length <= WHOLE_LIMIT) return text;
  const cut = text.lastIndexOf(' ', WHOLE_LIMIT);
  return text.slice(0, cut > 0 ? cut : WHOLE_LIMIT) + ' …';
}
