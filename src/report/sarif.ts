// sarif: SARIF 2.1.0 for code-scanning dashboards (GitHub code scanning and others). Columns are 1-based, URIs are
// relative and percent-encoded per segment, every rule carries the descriptions GitHub requires.
import type { FileReport } from '../model/diagnostic.js';

export interface SarifRule {
  id: string;
  severity: 'error' | 'warning';
  description: string;
  fix: string;
  example: string;
}

const uri = (file: string) => file.split('/').map(encodeURIComponent).join('/');

export function formatSarif(reports: readonly FileReport[], rules: readonly SarifRule[], version: string): string {
  const index = new Map(rules.map((r, k) => [r.id, k]));
  const results = reports.flatMap((r) =>
    r.diagnostics.map((d) => {
      const region: Record<string, number> = { startLine: d.line, startColumn: d.column };
      if (d.endLine !== undefined) region.endLine = d.endLine;
      if (d.endColumn !== undefined) region.endColumn = d.endColumn;
      const location = { physicalLocation: { artifactLocation: { uri: uri(r.file), uriBaseId: '%SRCROOT%' }, region } };
      const result: Record<string, unknown> = {
        ruleId: d.ruleId,
        ruleIndex: index.get(d.ruleId) ?? -1,
        level: d.severity === 'error' ? 'error' : 'warning',
        message: { text: d.suggestion ? `${d.message} (suggestion: ${d.suggestion})` : d.message },
        locations: [location],
      };
      if (d.related?.length) {
        result.relatedLocations = d.related.map((rel, k) => ({
          id: k,
          message: { text: rel.message },
          physicalLocation: { artifactLocation: { uri: uri(r.file), uriBaseId: '%SRCROOT%' }, region: { startLine: rel.line, startColumn: rel.column } },
        }));
      }
      return result;
    }),
  );
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'referat',
            version,
            semanticVersion: version,
            informationUri: 'https://github.com/referat/referat',
            rules: rules.map((r) => ({
              id: r.id,
              // A readable name that differs from the id (SARIF1001), e.g. MissingDecision, MojibakeCheck.
              name: r.id.replace(/-(\w)/gu, (_, c: string) => c.toUpperCase()).replace(/^\w/u, (c) => c.toUpperCase()) + (r.id.includes('-') ? '' : 'Check'),
              shortDescription: { text: r.description },
              fullDescription: { text: `${r.description} Example: ${r.example}` },
              help: { text: r.fix, markdown: `${r.fix}\n\nExample: \`${r.example.replace(/`/gu, "'")}\`` },
              defaultConfiguration: { level: r.severity === 'error' ? 'error' : 'warning' },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
