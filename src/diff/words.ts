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

/** Word runs from `before` to `after`; adjacent runs of one op merged. */
export function wordDiff(before: string, after: string, whitespace: boolean): WordChange[] {
  const changes = whitespace ? diffWordsWithSpace(before, after) : diffWords(before, after);
  const out: WordChange[] = [];
  for (const c of changes) {
    const op = c.added ? 'added' : c.removed ? 'removed' : 'equal';
    const last = out[out.length - 1];
    if (last && last.op === op) last.text += c.value;
    else out.push({ op, text: c.value });
  }
  return out;
}
