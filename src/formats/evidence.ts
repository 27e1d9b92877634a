// Counting evidence for a family's detector: how many lines match each named pattern. One pass per detector.
import type { Doc } from '../parse/doc.js';
import type { Detection } from './types.js';

export interface Signal {
  name: string;
  pattern: RegExp;
  /** Score added when at least `min` lines match. */
  weight: number;
  min?: number;
  // Cheap necessary conditions of `pattern` on a non-empty squashed line: when one fails the pattern cannot match and
  // is not run. Each must hold on every line the pattern matches; a signal may give several (all must hold).
  /** The characters a match can start with (an anchored pattern); see `firstCodes` for case partners. */
  first?: string;
  /** The least and most UTF-16 units a matching line has. */
  minLength?: number;
  maxLength?: number;
  /** A literal every matching line contains (case-sensitive). */
  contains?: string;
  /** The characters a matching line can end with (case-sensitive). */
  last?: string;
  /** Any other condition, given the line, its length and its first UTF-16 unit. */
  gate?: (s: string, length: number, c0: number) => boolean;
}

/**
 * The UTF-16 units that start a match of a character in `chars`: every letter lets its case partners through. The
 * patterns are `i` without `u`, but the partners of the `iu` flags are admitted too (a superset, and safe if a pattern
 * gains the `u` flag): `k` admits the Kelvin sign U+212A, `s` the long s U+017F and `å` the angstrom sign U+212B (the
 * only such partners of a–z, æ, ø, å; other letters are refused). Extra units only cost a regex call; a missing one
 * is a bug.
 */
export function firstCodes(chars: string): number[] {
  const set = new Set<number>();
  for (const ch of chars) {
    for (const v of [ch, ch.toLowerCase(), ch.toUpperCase()]) if (v.length === 1) set.add(v.charCodeAt(0));
    const low = ch.toLowerCase();
    if (low !== ch.toUpperCase() && !/^[a-zæøå]$/u.test(low)) throw new Error(`firstCodes: no case partners known for '${ch}'`);
    if (low === 'k') set.add(0x212a);
    if (low === 's') set.add(0x17f);
    if (low === 'å') set.add(0x212b);
  }
  return [...set];
}

/** A test of a line's first UTF-16 unit against `firstCodes(chars)`. */
export function firstChars(chars: string): (c0: number) => boolean {
  const codes = firstCodes(chars);
  const max = Math.max(...codes);
  const table = new Uint8Array(max + 1);
  for (const c of codes) table[c] = 1;
  return (c0) => c0 <= max && table[c0] === 1;
}

/** The ASCII digits, the only characters `\d` matches (with or without the `u` flag). */
export const DIGITS = '0123456789';

/** Evidence sits near the top of an export (header, contents, first items): detectors read this many lines. */
export const DETECT_LINES = 1000;

/**
 * The first lines' lengths and first and last UTF-16 units (0 for an empty line), read once per document and shared by
 * every detector: reading a character of a squashed line costs a memory load per line (most lines are slices of the
 * source text), so gating each detector's patterns on these arrays spares a pass over the strings per detector.
 */
export interface LineEdges {
  /** Lines covered: `min(doc.n, DETECT_LINES)`. */
  n: number;
  length: Int32Array;
  first: Uint16Array;
  last: Uint16Array;
}

const edgesOf = new WeakMap<Doc, LineEdges>();

export function lineEdges(doc: Doc): LineEdges {
  let e = edgesOf.get(doc);
  if (e !== undefined) return e;
  const n = Math.min(doc.n, DETECT_LINES);
  const length = new Int32Array(n);
  const first = new Uint16Array(n);
  const last = new Uint16Array(n);
  const sqs = doc.sq;
  for (let i = 0; i < n; i++) {
    const s = sqs[i]!;
    const len = s.length;
    length[i] = len;
    if (len > 0) {
      first[i] = s.charCodeAt(0);
      last[i] = s.charCodeAt(len - 1);
    }
  }
  e = { n, length, first, last };
  edgesOf.set(doc, e);
  return e;
}

/** A signal list compiled for `scoreSignals`: per first UTF-16 unit, the bit set of signals that can match. */
interface Compiled {
  byFirst: Uint32Array;
  /** Signals with no `first`: they are tried on every line. */
  always: number;
  lastTables: Array<Uint8Array | null>;
}

const compiled = new WeakMap<readonly Signal[], Compiled>();

function compile(signals: readonly Signal[]): Compiled {
  if (signals.length > 32) throw new Error('scoreSignals takes at most 32 signals');
  let always = 0;
  const firsts = signals.map((sig) => (sig.first === undefined ? null : firstCodes(sig.first)));
  const size = Math.max(0, ...firsts.flatMap((f) => f ?? [])) + 1;
  const byFirst = new Uint32Array(size);
  firsts.forEach((f, j) => {
    if (f === null) always |= 1 << j;
    else for (const c of f) byFirst[c]! |= 1 << j;
  });
  const lastTables = signals.map((sig) => {
    if (sig.last === undefined) return null;
    const table = new Uint8Array(0x10000);
    for (let k = 0; k < sig.last.length; k++) table[sig.last.charCodeAt(k)] = 1;
    return table;
  });
  return { byFirst, always, lastTables };
}

/** Scores a document against signals; a family needs at least one `required` signal to score above zero. */
export function scoreSignals(doc: Doc, signals: readonly Signal[], required: readonly string[], limit = DETECT_LINES): Detection {
  let c = compiled.get(signals);
  if (c === undefined) compiled.set(signals, (c = compile(signals)));
  const { byFirst, always, lastTables } = c;
  const k = signals.length;
  const hits = new Array<number>(k).fill(0);
  const n = Math.min(doc.n, limit);
  const edges = lineEdges(doc);
  const sqs = doc.sq;
  for (let i = 0; i < n; i++) {
    let len: number;
    let c0: number;
    let cn: number;
    if (i < edges.n) {
      len = edges.length[i]!;
      c0 = edges.first[i]!;
      cn = edges.last[i]!;
    } else {
      const s = sqs[i]!;
      len = s.length;
      c0 = s.charCodeAt(0);
      cn = s.charCodeAt(len - 1);
    }
    if (len === 0) continue;
    let mask = c0 < byFirst.length ? always | byFirst[c0]! : always;
    for (let j = 0; mask !== 0; j++, mask >>>= 1) {
      if ((mask & 1) === 0) continue;
      const sig = signals[j]!;
      if (sig.minLength !== undefined && len < sig.minLength) continue;
      if (sig.maxLength !== undefined && len > sig.maxLength) continue;
      const lastTable = lastTables[j];
      if (lastTable != null && lastTable[cn] !== 1) continue;
      const s = sqs[i]!;
      if (sig.contains !== undefined && s.indexOf(sig.contains) === -1) continue;
      if (sig.gate !== undefined && !sig.gate(s, len, c0)) continue;
      if (sig.pattern.test(s)) hits[j]!++;
    }
  }
  // Counts are per name (two signals of one name would share theirs).
  const counts = new Map<string, number>();
  for (let j = 0; j < k; j++) if (hits[j]! > 0) counts.set(signals[j]!.name, (counts.get(signals[j]!.name) ?? 0) + hits[j]!);
  let score = 0;
  const reasons: string[] = [];
  for (const sig of signals) {
    const c = counts.get(sig.name) ?? 0;
    if (c >= (sig.min ?? 1)) {
      score += sig.weight;
      reasons.push(`${c} × ${sig.name}`);
    }
  }
  if (!required.some((r) => (counts.get(r) ?? 0) > 0)) return { score: 0, reasons };
  return { score: Math.min(1, score), reasons };
}
