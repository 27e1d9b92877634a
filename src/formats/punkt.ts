// Punkt exports (seed 003): a title line with the date, a `DD-MM-YYYY HH:MM - HH:MM` line, the place, `Mødedeltagere :`
// with `(*Fraværende*)` marks and `Eksterne deltagere:`, an `Indhold` table of contents with dot leaders and page
// numbers, and items as `Punkt N.` with the title on the next line.
import { assemble } from '../parse/assemble.js';
import { lineEdges } from './evidence.js';
import type { FormatModule } from './types.js';

const PUNKT_LINE = /^punkt \d{1,4}\.?$/i;
const TOC_LINE = /^punkt \d{1,4}: .*(?:\.{3,}|…)/i;

export const punkt: FormatModule = {
  id: 'punkt',
  description: '`Punkt N.` items with the title on the next line, `Indhold` table of contents with dot leaders, `Mødedeltagere :`',
  detect(doc) {
    let items = 0;
    let toc = 0;
    let participants = false;
    let indhold = false;
    // Every pattern is anchored: the first character picks the only ones that can match (`lineEdges` covers the first `DETECT_LINES` lines; `punkt` starts with p/P and
    // has its space at index 5, as each of its letters' case partners is one UTF-16 unit; `Punkt N.` has at most 11
    // characters, `Indhold` exactly 7), and a flag already set needs no more lines.
    const { n, length, first } = lineEdges(doc);
    const sqs = doc.sq;
    for (let i = 0; i < n; i++) {
      const c0 = first[i]!;
      if (c0 === 112 || c0 === 80) {
        const s = sqs[i]!;
        if (s.charCodeAt(5) !== 32) continue;
        if (length[i]! <= 11 && PUNKT_LINE.test(s)) items++;
        else if (TOC_LINE.test(s)) toc++;
      } else if (c0 === 109 || c0 === 77) {
        if (!participants && /^mødedeltagere ?:/i.test(sqs[i]!)) participants = true;
      } else if (c0 === 105 || c0 === 73) {
        if (!indhold && length[i] === 7 && /^indhold$/i.test(sqs[i]!)) indhold = true;
      }
    }
    const reasons: string[] = [];
    if (items) reasons.push(`${items} 'Punkt N.' lines`);
    if (toc) reasons.push(`${toc} table-of-contents lines with dot leaders`);
    if (participants) reasons.push("'Mødedeltagere :' line");
    if (indhold) reasons.push("'Indhold' label");
    const score = (items > 0 ? 0.4 : 0) + (toc > 0 ? 0.3 : 0) + (participants ? 0.15 : 0) + (indhold ? 0.15 : 0);
    return { score: items > 0 ? score : 0, reasons };
  },
  parse: (doc) => assemble(doc, { header: { locationAfterTime: true } }),
};
