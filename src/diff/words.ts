// Text comparison for the diff: what counts as "the same" text (white space and NBSP folded unless asked not to), and
// word-level differences via jsdiff, never a hand-written diff.
import { diffWords, diffWordsWithSpace } from 'diff';
import type { WordChange } from '../model/diff.js';

// NBSP, narrow NBSP, figure space, zero-width space and BOM fold to plain space; any run of white space to one space.
const SPACE_LIKE = /[\u00a0\u202f\u2007\u200b\ufeff\s]+/gu;

export function normaliseText(s: string): string {
  return s.replace(SPACE_LIKE, ' ').trim();
}

/** Whether two texts are the same for the diff: exact when `whitespace`, else after folding white space. */
export function sameText(a: string | null, b: string | null, whitespace: boolean): boolean {
  if (a === null || b === null) return a === b;
  return whitespace ? a === b : normaliseText(a) === normaliseText(b);
}

// jsdiff's cost grows with (length × edits): two unrelated 8000-word texts took 8 s. Beyond this many edits the texts
// have little in common, and "all removed, all added" is both faster and easier to read.
export const MAX_EDITS = 1500;

/** Word runs from `before` to `after`; adjacent runs of one op merged. */
export function wordDiff(before: string, after: string, whitespace: boolean): WordChange[] {
  const opts = { maxEditLength: MAX_EDITS };
  const changes = (whitespace ? diffWordsWithSpace(before, after, opts) : diffWords(before, after, opts)) ?? [
    { value: before, added: false, removed: true, count: 1 },
    { value: after, added: true, removed: false, count: 1 },
  ].filter((c) => c.value !== '');
  const out: WordChange[] = [];
  for (const c of changes) {
    const op = c.added ? 'added' : c.removed ? 'removed' : 'equal';
    const last = out[out.length - 1];
    if (last && last.op === op) last.text += c.value;
    else out.push({ op, text: c.value });
  }
  return out;
}
