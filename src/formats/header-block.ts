// Header-block exports (seeds 000, 002, 004; Holbæk): `UDVALG`, `MØDE`, `STED`, `STARTTIDSPUNKT`, `SLUTTIDSPUNKT`
// label lines each followed by a value, then `PUNKTER` (the numbered table of contents), then `N. Title` items whose
// title repeats; in the 2025 layout the `Beslutning` stands before the repeated title.
import { assemble } from '../parse/assemble.js';
import { DETECT_LINES } from './evidence.js';
import type { FormatModule } from './types.js';

const LABELS = ['UDVALG', 'MØDE', 'STED', 'STARTTIDSPUNKT', 'SLUTTIDSPUNKT', 'PUNKTER'];
const LABEL_SET = new Set(LABELS);

export const headerBlock: FormatModule = {
  id: 'header-block',
  description: 'UDVALG / MØDE / STED / STARTTIDSPUNKT / SLUTTIDSPUNKT / PUNKTER header; items `N. Title` with the title repeated',
  detect(doc) {
    const seen = new Set<string>();
    // Not `lineEdges`: this detector runs first and often ends the search, and a line's length is cheaper to read than
    // its first character.
    const n = Math.min(doc.n, DETECT_LINES);
    const sqs = doc.sq;
    for (let i = 0; i < n; i++) {
      const s = sqs[i]!;
      // Every label has 4 to 14 characters and starts with U, M, S or P (an exact, case-sensitive match).
      if (s.length < 4 || s.length > 14) continue;
      const c0 = s.charCodeAt(0);
      if ((c0 === 85 || c0 === 77 || c0 === 83 || c0 === 80) && LABEL_SET.has(s)) seen.add(s);
    }
    return { score: seen.size / LABELS.length, reasons: [...seen].map((l) => `label line ${l}`) };
  },
  parse: (doc) => assemble(doc),
};
