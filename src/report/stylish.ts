// stylish: the human report (ESLint/vfile-reporter lineage). Colour comes in as a chalk instance (level 0 = plain).
import type { ChalkInstance } from 'chalk';
import type { FileReport } from '../model/diagnostic.js';

export function formatStylish(reports: readonly FileReport[], c: ChalkInstance): string {
  const out: string[] = [];
  let errors = 0;
  let warnings = 0;
  for (const r of reports) {
    if (r.diagnostics.length === 0) continue;
    errors += r.errorCount;
    warnings += r.warningCount;
    out.push(c.underline(r.file));
    const pos = r.diagnostics.map((d) => `${d.line}:${d.column}`);
    const width = Math.max(...pos.map((p) => p.length));
    r.diagnostics.forEach((d, k) => {
      const sev = d.severity === 'error' ? c.red('error  ') : c.yellow('warning');
      out.push(`  ${c.dim(pos[k]!.padEnd(width))}  ${sev}  ${d.message}  ${c.dim(d.ruleId)}`);
    });
    out.push('');
  }
  const total = errors + warnings;
  if (total === 0) return '';
  const mark = errors > 0 ? c.red.bold('✖') : c.yellow.bold('⚠');
  out.push(`${mark} ${total} problem${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'})`);
  return out.join('\n') + '\n';
}
