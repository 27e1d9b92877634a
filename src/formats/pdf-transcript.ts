// PDF-to-text transcripts (docplayer and similar): page numbers glued to page text, whole pages squashed into one
// line, a table of contents with dot leaders and roman page numbers, header labels separated from their values.
import { assemble } from '../parse/assemble.js';
import { DIGITS, scoreSignals, type Signal } from './evidence.js';
import type { FormatModule } from './types.js';

// Gates (see `Signal`): the markers' first letters; a digit and at least 1 + 1 + 1 + 400 UTF-16 units for a squashed
// page line; a literal `...` and at least 19 + 3 units for dot-leader contents.
const SIGNALS: Signal[] = [
  { name: 'transcript marker', pattern: /^(?:transkript|starte visningen fra side:|størrelse: px)$/i, weight: 0.3, first: 'ts' },
  { name: 'squashed page line', pattern: /^\d{1,3} \p{Lu}.{400,}$/u, weight: 0.3, first: DIGITS, minLength: 403 },
  { name: 'dot-leader contents', pattern: /indholdsfortegnelse.*\.{3,}\s?[ivxlc\d]/i, weight: 0.3, minLength: 22, contains: '...' },
];

export const pdfTranscript: FormatModule = {
  id: 'pdf-transcript',
  description: 'PDF-to-text transcripts: squashed page lines with page numbers, dot-leader contents, flattened header tables',
  detect: (doc) => scoreSignals(doc, SIGNALS, ['squashed page line', 'dot-leader contents']),
  parse: (doc) => assemble(doc),
};
