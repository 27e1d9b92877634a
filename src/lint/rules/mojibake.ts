// mojibake: text that was decoded with the wrong encoding before it reached referat (UTF-8 read as Windows-1252):
// `Ã¸` for ø, `Ã¥` for å, `Ã¦` for æ, `â€“` for –. referat keeps it as it is and says where.
import { defineRule } from '../rule.js';

const MOJIBAKE =
  /Ã[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]|â€[\u0080-\u00bf\u201c\u201d\u2122\u0153\u0161\u02dc\u2013\u2014\u2018\u2019\u2026\u0178\u017e]|Â[\u00a0-\u00bf]/u;

const FIXES: Record<string, string> = { 'Ã¸': 'ø', 'Ã¥': 'å', 'Ã¦': 'æ', 'Ã˜': 'Ø', 'Ã…': 'Å', 'Ã†': 'Æ', 'Ã©': 'é', 'â€“': '–', 'â€”': '—', 'â€œ': '“', 'â€™': '’' };

export default defineRule({
  id: 'mojibake',
  severity: 'warning',
  description: 'Text was decoded with the wrong encoding before export (Ã¸ for ø, Ã¥ for å, â€“ for –).',
  example: 'SocialdirektÃ¸rforum',
  fix: 'Export the minutes again as UTF-8, or fix the encoding where the text was copied from.',
  check({ lines, report }) {
    lines.forEach((text, k) => {
      const m = MOJIBAKE.exec(text);
      if (!m) return;
      const seq = text.slice(m.index, m.index + (m[0].startsWith('â€') ? 3 : 2));
      const fix = FIXES[seq];
      report({
        line: k + 1,
        column: m.index + 1,
        endColumn: m.index + seq.length + 1,
        message: `"${seq}" is mis-decoded text${fix ? ` (it should read "${fix}")` : ''}: the text was saved as UTF-8 and read as Windows-1252 before export; export it again as UTF-8`,
        ...(fix ? { suggestion: fix } : {}),
      });
    });
  },
});
