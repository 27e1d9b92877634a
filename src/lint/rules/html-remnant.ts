// html-remnant: HTML markup leaked into the text (a table or list copied from the web editor). One finding per run of
// consecutive lines, so a leaked table is one problem, not ten.
import { defineRule } from '../rule.js';

const TAGS = 'ul|ol|li|p|br|hr|div|span|table|thead|tbody|tfoot|tr|td|th|caption|col|colgroup|strong|em|b|i|u|s|strike|small|big|a|font|center|blockquote|pre|code|h[1-6]|img|sup|sub|dl|dt|dd|section|article|header|footer|nav|figure|figcaption|iframe|script|style|meta|link|o:p|w:[a-z]+';
const ENTITIES = 'amp|lt|gt|quot|apos|aring|oslash|aelig|Aring|Oslash|AElig|ndash|mdash|rsquo|lsquo|rdquo|ldquo|bdquo|sbquo|hellip|laquo|raquo|lsaquo|rsaquo|shy|euro|pound|sect|para|deg|copy|reg|trade|bull|middot|times|divide|frac12|frac14|frac34|[aeiouy](?:acute|grave|uml|circ)|[AEIOUY](?:acute|grave|uml|circ)|ntilde|ccedil|szlig';
const HTML = new RegExp(`<\\/?(?:${TAGS})(?:\\s[^<>]{0,300})?\\/?>|&nbsp;?|&(?:${ENTITIES});|&#\\d{2,5};|&#x[0-9a-f]{2,5};`, 'i');

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
