// empty-decision: a Beslutning heading with nothing under it, or only a placeholder (`[Indsæt beslutning]`, `XX`, `TBD`).
// Routine items and closed items are exempt as for missing-decision (closed items are often published with an empty
// heading).
import { EXEMPT_DEFAULTS, type ExemptOptions, exemptOptions, exemptTest } from '../exempt.js';
import { defineRule } from '../rule.js';

/** A decision that is only a placeholder the secretary meant to fill in. */
const PLACEHOLDER = /^(?:\[[^\]\n]{0,80}\]|<[^>\n]{0,80}>|\{[^}\n]{0,80}\}|x{2,}|tbd|todo|afventer|udfyldes|\(udfyldes\)|\(tekst\)|indsæt(?: [\p{L} ]{0,40})?|[-–—?.…*]+)\.?$/iu;
/** An instruction left inside a decision: `[Indsæt beløb]`, `[udfyld]`, `[tekst]`, `XX kr.`, `TBD` (capitals only). */
const PLACEHOLDER_IN_TEXT = /\[(?:[Ii]ndsæt|INDSÆT|[Uu]dfyld|UDFYLD|[Tt]ekst|[Ss]kriv|[Bb]eslutning|[Nn]avn|[Dd]ato|[Bb]eløb)[^\]\n]{0,60}\]|\b(?:XX+|TBD|TODO)\b/u;

export default defineRule<ExemptOptions>({
  id: 'empty-decision',
  severity: 'error',
  description: 'A Beslutning heading has no text under it, or only a placeholder such as [Indsæt beslutning], XX or TBD.',
  example: 'Beslutning\n\n6. Næste punkt',
  fix: 'Write the decision under the heading, or remove the empty heading.',
  decisionRule: true,
  options: exemptOptions,
  defaultOptions: EXEMPT_DEFAULTS,
  check({ meeting, lines, options, report }) {
    const exempt = exemptTest(options);
    for (const it of meeting.items) {
      if (exempt(it)) continue;
      const which = it.number ? `item ${it.number}` : 'the item';
      for (const s of it.sections) {
        if (s.kind !== 'decision') continue;
        const text = s.text.trim();
        if (text === '') {
          report({ line: s.line, endColumn: (s.heading ?? '').length + 1, message: `the "${s.heading}" heading of ${which} has no text under it; write the decision` });
          continue;
        }
        // Where the placeholder stands in the source: the first line of the section that holds it.
        const at = (find: (line: string) => { index: number; length: number } | null): { line: number; column: number; endColumn: number } | null => {
          for (let l = s.line; l <= s.endLine; l++) {
            const m = find(lines[l - 1] ?? '');
            if (m) return { line: l, column: m.index + 1, endColumn: m.index + m.length + 1 };
          }
          return null;
        };
        if (PLACEHOLDER.test(text)) {
          // The placeholder as written (after the heading on its line, or on a line of its own).
          const pos = at((line) => {
            const k = line.lastIndexOf(text);
            return k >= 0 ? { index: k, length: text.length } : null;
          }) ?? { line: s.line };
          report({ ...pos, message: `the decision of ${which} is only a placeholder ("${text}"); write the decision` });
          continue;
        }
        const m = PLACEHOLDER_IN_TEXT.exec(text);
        if (m) {
          const pos = at((line) => {
            const x = PLACEHOLDER_IN_TEXT.exec(line);
            return x ? { index: x.index, length: x[0].length } : null;
          }) ?? { line: s.line };
          report({ ...pos, message: `the decision of ${which} still holds the placeholder "${m[0]}"; fill it in` });
        }
      }
    }
  },
});
