// Pairs the items of two meetings by content, not by number, so an inserted item is one insertion and not a cascade of
// "changed" items. Passes, each only over items still unpaired: identical title and content; same title (in order);
// the most alike (content or title, Dice over the sets of longer words ≥ 0.5: retitled or reworded items); finally the
// same number with some shared content. Short words (og, at, på, det …) are left out of likeness: every Danish text
// shares them, and they made unrelated items look alike.
// `moved` marks pairs outside the longest run that keeps its order (an item that changed place, not just shifted).
import type { AgendaItem } from '../model/meeting.js';
import { normaliseText } from './words.js';

export type MatchedBy = 'identical' | 'title' | 'similar' | 'number';

export interface Pair {
  before: number;
  after: number;
  matchedBy: MatchedBy;
  moved: boolean;
}

export interface Matching {
  pairs: Pair[];
  /** indices into the before items with no partner */
  removed: number[];
  /** indices into the after items with no partner */
  added: number[];
}

const SIMILAR_THRESHOLD = 0.5;
const NUMBER_THRESHOLD = 0.3;

const WORD = /[\p{L}\p{N}]+/gu;

interface Key {
  title: string;
  content: string;
  titleWords: Set<string>;
  contentWords: Set<string>;
  contentSize: number;
  titleSize: number;
}

const MIN_WORD = 4;

function bag(s: string): { words: Set<string>; size: number } {
  const words = new Set<string>();
  for (const m of s.toLowerCase().matchAll(WORD)) if (m[0].length >= MIN_WORD || /^\d+$/u.test(m[0])) words.add(m[0]);
  return { words, size: words.size };
}

function keyOf(item: AgendaItem): Key {
  const title = normaliseText(item.title ?? '').toLowerCase();
  const content = item.sections.map((s) => `${s.kind}:${normaliseText(s.text)}`).join('\n');
  const t = bag(title);
  const c = bag(item.sections.map((s) => s.text).join(' '));
  return { title, content, titleWords: t.words, titleSize: t.size, contentWords: c.words, contentSize: c.size };
}

/** Dice coefficient over word sets: 1 for the same words, 0 for none in common. */
function dice(a: Set<string>, aSize: number, b: Set<string>, bSize: number): number {
  if (aSize + bSize === 0) return 1;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let common = 0;
  for (const w of small) if (large.has(w)) common++;
  return (2 * common) / (aSize + bSize);
}

/** Likeness of two items' content; their titles when neither has content. */
function contentLikeness(a: Key, b: Key): number {
  if (a.contentSize + b.contentSize > 0) return dice(a.contentWords, a.contentSize, b.contentWords, b.contentSize);
  return titleLikeness(a, b);
}

const titleLikeness = (a: Key, b: Key) => dice(a.titleWords, a.titleSize, b.titleWords, b.titleSize);

/** Indices (into `seq`) of one longest strictly increasing subsequence: O(n log n). */
function longestIncreasing(seq: readonly number[]): Set<number> {
  const tails: number[] = [];
  const prev: number[] = new Array<number>(seq.length).fill(-1);
  for (let i = 0; i < seq.length; i++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (seq[tails[mid]!]! < seq[i]!) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1]!;
    tails[lo] = i;
  }
  const keep = new Set<number>();
  for (let k = tails.length ? tails[tails.length - 1]! : -1; k >= 0; k = prev[k]!) keep.add(k);
  return keep;
}

export function matchItems(before: readonly AgendaItem[], after: readonly AgendaItem[]): Matching {
  const bk = before.map(keyOf);
  const ak = after.map(keyOf);
  const pairOfBefore = new Map<number, { after: number; matchedBy: MatchedBy }>();
  const pairedAfter = new Set<number>();
  const pair = (i: number, j: number, matchedBy: MatchedBy) => {
    pairOfBefore.set(i, { after: j, matchedBy });
    pairedAfter.add(j);
  };

  // Exact keys pair in document order: a queue of unpaired after-indices per key.
  const byKey = (keyFn: (k: Key) => string, matchedBy: MatchedBy) => {
    const queues = new Map<string, number[]>();
    ak.forEach((k, j) => {
      if (pairedAfter.has(j)) return;
      const key = keyFn(k);
      if (key === '') return; // untitled items are paired by content, not all with each other
      const q = queues.get(key);
      if (q) q.push(j);
      else queues.set(key, [j]);
    });
    bk.forEach((k, i) => {
      if (pairOfBefore.has(i)) return;
      const j = queues.get(keyFn(k))?.shift();
      if (j !== undefined) pair(i, j, matchedBy);
    });
  };
  byKey((k) => `${k.title}\n${k.content}`, 'identical');
  byKey((k) => k.title, 'title');

  // Remaining items: best likeness first, greedily.
  const candidates: { i: number; j: number; score: number; by: MatchedBy }[] = [];
  bk.forEach((b, i) => {
    if (pairOfBefore.has(i)) return;
    ak.forEach((a, j) => {
      if (pairedAfter.has(j)) return;
      const content = contentLikeness(b, a);
      // A title that extends the other (`Fællesmøde …` → `Fællesmøde … samt orienteringer`, two items merged) is
      // the same item's: it ranks above an item whose text was merged into it.
      const extends_ = b.title !== '' && a.title !== '' && (a.title.startsWith(b.title) || b.title.startsWith(a.title));
      const score = Math.max(content, titleLikeness(b, a)) + (extends_ ? 0.25 : 0);
      const sameNumber = before[i]!.number !== null && before[i]!.number === after[j]!.number;
      if (score >= SIMILAR_THRESHOLD) candidates.push({ i, j, score, by: 'similar' });
      else if (sameNumber && content >= NUMBER_THRESHOLD) candidates.push({ i, j, score, by: 'number' });
    });
  });
  candidates.sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j);
  for (const c of candidates) {
    if (pairOfBefore.has(c.i) || pairedAfter.has(c.j)) continue;
    pair(c.i, c.j, c.by);
  }

  const ordered = [...pairOfBefore.entries()].sort((x, y) => x[0] - y[0]);
  const keep = longestIncreasing(ordered.map(([, p]) => p.after));
  const pairs: Pair[] = ordered.map(([i, p], k) => ({ before: i, after: p.after, matchedBy: p.matchedBy, moved: !keep.has(k) }));
  return {
    pairs,
    removed: before.map((_, i) => i).filter((i) => !pairOfBefore.has(i)),
    added: after.map((_, j) => j).filter((j) => !pairedAfter.has(j)),
  };
}
