// Header-block exports (seeds 000, 002, 004; Holbæk): `UDVALG`, `MØDE`, `STED`, `STARTTIDSPUNKT`, `SLUTTIDSPUNKT`
// label lines each followed by a value, then `PUNKTER` (the numbered table of contents), then `N. Title` items whose
// title repeats; in the 2025 layout the `Beslutning` stands before the repeated title.
import { assemble } from '../parse/assemble.js';
import { DETECT_LINES } from './evidence.js';
import type { FormatModule } from './types.js';

const LABELS = ['UDVALG', 'MØDE', 'STED', 'STARTTIDSPUNKT', 'SLUTTIDSPUNKT', 'PUNKTER'];

export const headerBlock: FormatModule = {
  id: 'header-block',
  description: 'UDVALG / MØDE / STED / STARTTIDSPUNKT / SLUTTIDSPUNKT / PUNKTER header; items `N. Title` with the title repeated',
  detect(doc) {
    const seen = new Set<string>();
    const limit = Math.min(doc.n, DETECT_LINES);
    for (let i = 0; i < limit; i++) if (LABELS.includes(doc.sq[i]!)) seen.add(doc.sq[i]!);
    return { score: seen.size / LABELS.length, reasons: [...seen].map((l) => `label line ${l}`) };
  },
  parse: (doc) => assemble(doc),
};
