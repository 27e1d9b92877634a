// placeholder-link: a link the export left without a target, such as `[her](#)`.
import { defineRule } from '../rule.js';

const LINK = /\[([^\]\n]{0,200})\]\((?:#?|\s*|javascript:void\(0\);?)\)/gu;

export default defineRule({
  id: 'placeholder-link',
  severity: 'warning',
  description: 'A link was left without a target by the export, such as [her](#).',
  example: '… Socialstyrelsens rapport om udfordringer på Socialområdet [link til rapport](#). (seed 003)',
  fix: 'Put the real address in the link, or write the reference out as text.',
  check({ lines, report }) {
    lines.forEach((text, k) => {
      LINK.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = LINK.exec(text)) !== null) {
        report({ line: k + 1, column: m.index + 1, endColumn: m.index + m[0].length + 1, message: `the link "${m[1]}" has no target, only ${m[0].slice(m[0].indexOf('('))}; add the address or remove the link` });
      }
    });
  },
});
