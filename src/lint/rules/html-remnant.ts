// html-remnant: HTML markup leaked into the text (a table or list copied from the web editor). One finding per run of
// consecutive lines, so a leaked table is one problem, not ten.
import { defineRule } from '../rule.js';

const HTML = /<\/?(?:ul|ol|li|p|br|div|span|table|thead|tbody|tr|td|th|strong|em|b|i|u|a|font|h[1-6]|img|sup|sub)(?:\s[^<>]{0,300})?\/?>|&(?:nbsp|amp|lt|gt|quot|aring|oslash|aelig|Aring|Oslash|AElig);|&#\d{2,5};/i;

export default defineRule({
  id: 'html-remnant',
  severity: 'warning',
  description: 'HTML markup or entities leaked into the text.',
  example: '<ul style="list-style-type: none">Start på Nordjysk Socialaftale … (seed 003, Punkt 3)',
  fix: 'Remove the markup in the publishing system (paste as plain text) and export again.',
  check({ lines, report }) {
    let start = -1;
    let col = 1;
    let sample = '';
    const flush = (end: number) => {
      if (start < 0) return;
      report({
        line: start + 1,
        column: col,
        endLine: end + 1,
        message: `HTML markup leaked into the text (${sample}${end > start ? ` on lines ${start + 1}–${end + 1}` : ''}); paste it as plain text in the publishing system`,
      });
      start = -1;
    };
    lines.forEach((text, k) => {
      const m = HTML.exec(text);
      if (m) {
        if (start < 0) {
          start = k;
          col = m.index + 1;
          sample = m[0].length > 40 ? `${m[0].slice(0, 40)}…` : m[0];
        }
      } else flush(k - 1);
    });
    flush(lines.length - 1);
  },
});
