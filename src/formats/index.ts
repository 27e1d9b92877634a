// The ordered registry of export formats. Detection picks the family with the strongest evidence; `generic` is the
// fallback; below its threshold a file is refused as not minutes.
import type { Doc } from '../parse/doc.js';
import { generic } from './generic.js';
import { headerBlock } from './header-block.js';
import { punkt } from './punkt.js';
import { freeForm } from './free-form.js';
import { pdfTranscript } from './pdf-transcript.js';
import { webPublication } from './web-publication.js';
import { table } from './table.js';
import type { Detection, FormatModule } from './types.js';

export const FORMATS: readonly FormatModule[] = [headerBlock, punkt, webPublication, pdfTranscript, freeForm, table, generic];
export const FORMAT_IDS = FORMATS.map((f) => f.id);

/** Minimum evidence for a family to claim a file, and for the fallback to try it. */
const FAMILY_THRESHOLD = 0.5;
const GENERIC_THRESHOLD = 0.2;

export type FormatChoice = { format: FormatModule; detection: Detection } | { format: null; detection: Detection };

export function detectFormat(doc: Doc, hint?: string): FormatChoice {
  if (hint) {
    const f = FORMATS.find((x) => x.id === hint);
    if (!f) throw new Error(`unknown format '${hint}' (known: ${FORMAT_IDS.join(', ')})`);
    return { format: f, detection: f.detect(doc) };
  }
  let best: { format: FormatModule; detection: Detection } | null = null;
  for (const f of FORMATS) {
    if (f === generic) continue;
    const d = f.detect(doc);
    if (d.score >= FAMILY_THRESHOLD && (!best || d.score > best.detection.score)) best = { format: f, detection: d };
    // A family that is certain (every one of its markers present) ends the search: later families cannot beat it.
    if (best && best.detection.score >= 1) break;
  }
  if (best) return best;
  const d = generic.detect(doc);
  if (d.score >= GENERIC_THRESHOLD) return { format: generic, detection: d };
  return { format: null, detection: d };
}
