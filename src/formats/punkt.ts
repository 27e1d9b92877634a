// Punkt exports (seed 003): a title line with the date, a `DD-MM-YYYY HH:MM - HH:MM` line, the place, `Mødedeltagere :`
// with `(*Fraværende*)` marks and `Eksterne deltagere:`, an `Indhold` table of contents with dot leaders and page
// numbers, and items as `Punkt N.` with the title on the next line.
import { assemble } from '../parse/assemble.js';
import { DETECT_LINES } from './evidence.js';
import type { FormatModule } from './types.js';

const PUNKT_LINE = /^punkt \d{1,4}\.?$/iu;
const TOC_LINE = /^punkt \d{1,4}: .*(?:\.{3,}|…)/iu;

export const punkt: FormatModule = {
  id: 'punkt',
  description: '`Punkt N.` items with the title on the next line, `Indhold` table of contents with dot leaders, `Mødedeltagere :`',
  detect(doc) {
    let items = 0;
    let toc = 0;
    let participants = false;
    let indhold = false;
    for (let i = 0; i < Math.min(doc.n, DETECT_LINES); i++) {
      const s = doc.sq[i]!;
      if (PUNKT_LINE.test(s)) items++;
      else if (TOC_LINE.test(s)) toc++;
      else if (/^mødedeltagere ?:/iu.test(s)) participants = true;
      else if (/^indhold$/iu.test(s)) indhold = true;
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
