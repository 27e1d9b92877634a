// Counting evidence for a family's detector: how many lines match each named pattern. One pass per detector.
import type { Doc } from '../parse/doc.js';
import type { Detection } from './types.js';

export interface Signal {
  name: string;
  pattern: RegExp;
  /** Score added when at least `min` lines match. */
  weight: number;
  min?: number;
}

/** Scores a document against signals; a family needs at least one `required` signal to score above zero. */
/** Evidence sits near the top of an export (header, contents, first items): detectors read this many lines. */
export const DETECT_LINES = 1000;

export function scoreSignals(doc: Doc, signals: readonly Signal[], required: readonly string[], limit = DETECT_LINES): Detection {
  const counts = new Map<string, number>();
  const n = Math.min(doc.n, limit);
  for (let i = 0; i < n; i++) {
    const s = doc.sq[i]!;
    if (s === '') continue;
    for (const sig of signals) if (sig.pattern.test(s)) counts.set(sig.name, (counts.get(sig.name) ?? 0) + 1);
  }
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
