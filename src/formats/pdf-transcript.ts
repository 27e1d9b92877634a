// PDF-to-text transcripts (docplayer and similar): page numbers glued to page text, whole pages squashed into one
// line, a table of contents with dot leaders and roman page numbers, header labels separated from their values.
import { assemble } from '../parse/assemble.js';
import { scoreSignals } from './evidence.js';
import type { FormatModule } from './types.js';

const SIGNALS = [
  { name: 'transcript marker', pattern: /^(?:transkript|starte visningen fra side:|størrelse: px)$/iu, weight: 0.3 },
  { name: 'squashed page line', pattern: /^\d{1,3} \p{Lu}.{400,}$/u, weight: 0.3 },
  { name: 'dot-leader contents', pattern: /indholdsfortegnelse.*\.{3,}\s?[ivxlc\d]/iu, weight: 0.3 },
];

export const pdfTranscript: FormatModule = {
  id: 'pdf-transcript',
  description: 'PDF-to-text transcripts: squashed page lines with page numbers, dot-leader contents, flattened header tables',
  detect: (doc) => scoreSignals(doc, SIGNALS, ['squashed page line', 'dot-leader contents']),
  parse: (doc) => assemble(doc),
};
