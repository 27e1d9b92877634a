// mojibake: text that was decoded with the wrong encoding before it reached referat (UTF-8 read as Windows-1252):
// `Ã¸` for ø, `Ã¥` for å, `Ã¦` for æ, `â€“` for –. referat keeps it as it is and says where.
import { windows1252Byte } from '../../io/decode.js';
import { defineRule } from '../rule.js';

const MOJIBAKE =
  /Ã[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]|â€[\u0080-\u00bf\u201c\u201d\u2122\u0153\u0161\u02dc\u2013\u2014\u2018\u2019\u2026\u0178\u017e]|Â[\u00a0-\u00bf]|\ufffd/u;

/**
 * What a mis-decoded run stood for: its characters as Windows-1252 bytes, read as UTF-8 (`Ã¸` → ø, `Â§` → §), once
 * more for text that went through twice (`ÃƒÂ¸` → `Ã¸` → ø). Null when the bytes are no UTF-8.
 */
function repair(run: string): string | null {
  let text = run;
  for (let pass = 0; pass < 2; pass++) {
    const bytes: number[] = [];
    for (const ch of text) {
      const b = windows1252Byte(ch);
      if (b < 0) return pass > 0 ? text : null;
      bytes.push(b);
    }
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bytes));
    } catch {
      return pass > 0 ? text : null;
    }
    if (!/[ÃÂâ]/u.test(text)) return text;
  }
  return text;
}

/** The mis-decoded run at `at`: lead characters and the continuation characters (U+0080–U+00BF and the cp1252 set) after them. */
const RUN = /(?:[ÃÂâÅ][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]{1,3}){1,3}/uy;

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
      if (m[0] === '\ufffd') {
        report({
          line: k + 1,
          column: m.index + 1,
          endColumn: m.index + 2,
          message: 'a character was lost when the text was decoded before export (the replacement character "\ufffd" stands in its place); export it again as UTF-8, or write the character in',
        });
        return;
      }
      RUN.lastIndex = m.index;
      const seq = RUN.exec(text)?.[0] ?? m[0];
      const fix = repair(seq);
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
