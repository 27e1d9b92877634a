// github: GitHub Actions workflow commands (`::error file=…,line=…,col=…::message`) that become annotations on the
// pull request. Escaping exactly as @actions/core: % CR LF in data; also : and , in properties.
import type { FileReport } from '../model/diagnostic.js';

export const escapeData = (s: string) => s.replace(/%/gu, '%25').replace(/\r/gu, '%0D').replace(/\n/gu, '%0A');
export const escapeProperty = (s: string) => escapeData(s).replace(/:/gu, '%3A').replace(/,/gu, '%2C');

export function formatGithub(reports: readonly FileReport[]): string {
  const out: string[] = [];
  for (const r of reports) {
    for (const d of r.diagnostics) {
      const props = [`file=${escapeProperty(r.file)}`, `line=${d.line}`, `col=${d.column}`];
      if (d.endLine !== undefined) props.push(`endLine=${d.endLine}`);
      if (d.endColumn !== undefined) props.push(`endColumn=${d.endColumn}`);
      props.push(`title=${escapeProperty(`referat ${d.ruleId}`)}`);
      const msg = d.suggestion ? `${d.message} (suggestion: ${d.suggestion})` : d.message;
      out.push(`::${d.severity === 'error' ? 'error' : 'warning'} ${props.join(',')}::${escapeData(msg)}`);
    }
  }
  return out.length ? out.join('\n') + '\n' : '';
}
