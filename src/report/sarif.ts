// sarif: SARIF 2.1.0 for code-scanning dashboards (GitHub code scanning and others). Columns are 1-based, URIs are
// relative to the source root and percent-encoded per segment (absolute `file://` URIs for files outside it), and
// every rule carries the descriptions GitHub requires.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FileReport } from '../model/diagnostic.js';

export interface SarifRule {
  id: string;
  severity: 'error' | 'warning';
  description: string;
  fix: string;
  example: string;
}

const encode = (file: string) => file.split('/').map(encodeURIComponent).join('/');

export interface SarifOptions {
  /** The source root that `%SRCROOT%` stands for (default: the working directory). */
  root?: string;
}

/**
 * Where a report's file is, as a SARIF artifact location. A path inside the source root is relative to it (as GitHub
 * code scanning wants it); one outside it, or given as an absolute path that leads outside, is an absolute `file://`
 * URI with no base, since a relative reference must not start with a slash or climb out of its base (SARIF1004).
 */
function artifactLocation(file: string, root: string): { uri: string; uriBaseId?: string } {
  if (file === '<stdin>' || (!path.isAbsolute(file) && !file.startsWith('../') && file !== '..')) return { uri: encode(file), uriBaseId: '%SRCROOT%' };
  const abs = path.resolve(root, file);
  const rel = path.relative(root, abs);
  if (rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel)) return { uri: encode(rel.split(path.sep).join('/')), uriBaseId: '%SRCROOT%' };
  return { uri: pathToFileURL(abs).href };
}

export function formatSarif(reports: readonly FileReport[], rules: readonly SarifRule[], version: string, opts: SarifOptions = {}): string {
  const root = opts.root ?? process.cwd();
  const index = new Map(rules.map((r, k) => [r.id, k]));
  const results = reports.flatMap((r) => {
    const artifact = artifactLocation(r.file, root);
    return r.diagnostics.map((d) => {
      const region: Record<string, number> = { startLine: d.line, startColumn: d.column };
      if (d.endLine !== undefined) region.endLine = d.endLine;
      if (d.endColumn !== undefined) region.endColumn = d.endColumn;
      const location = { physicalLocation: { artifactLocation: artifact, region } };
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
          physicalLocation: { artifactLocation: artifact, region: { startLine: rel.line, startColumn: rel.column } },
        }));
      }
      return result;
    });
  });
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
