// Free-form minutes (blogs, association web pages, Word documents): numbered items, each followed by `Referat:` or
// `Beslutning:` with the text on the same or the next line, and no other section headings.
import { assemble } from '../parse/assemble.js';
import { DIGITS, scoreSignals, type Signal } from './evidence.js';
import type { FormatModule } from './types.js';

// Gates (see `Signal`): every pattern is anchored, so a line must start with one of its first characters.
const SIGNALS: Signal[] = [
  { name: "'Referat:' label", pattern: /^referat ?:/i, weight: 0.35, min: 2, first: 'r', contains: ':' },
  { name: 'numbered item', pattern: /^\d{1,3}\. \p{Lu}/u, weight: 0.2, min: 2, first: DIGITS },
  { name: "'Referat fra … møde' line", pattern: /^(?:mødereferat|referat fra .{2,60}møde)/i, weight: 0.2, first: 'mr' },
  { name: "'Afbud:' line", pattern: /^afbud ?:/i, weight: 0.1, first: 'a', contains: ':' },
];

export const freeForm: FormatModule = {
  id: 'free-form',
  description: "free-form minutes: numbered items each followed by 'Referat:' (blogs, association pages, Word documents)",
  detect: (doc) => scoreSignals(doc, SIGNALS, ["'Referat:' label"]),
  parse: (doc) => assemble(doc),
};
