// Reporters are pure functions of the results: GitHub escaping, SARIF against the official 2.1.0 schema, stylish, json.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { NOT_MINUTES, RULES } from '../../src/lint/rules/index.js';
import { FileReport } from '../../src/model/diagnostic.js';
import { escapeData, escapeProperty, formatGithub } from '../../src/report/github.js';
import { formatJson } from '../../src/report/json.js';
import { formatSarif } from '../../src/report/sarif.js';
import { formatStylish } from '../../src/report/stylish.js';
import { ROOT } from '../helpers/fixtures.js';

const reports: FileReport[] = [
  {
    file: 'Møder 2024/Referat [udkast], 12:00.txt',
    errorCount: 1,
    warningCount: 1,
    diagnostics: [
      { ruleId: 'missing-decision', severity: 'error', message: 'Item 5 "Budget, 50% af rammen: forslag" has no Beslutning section\nadd it', line: 12, column: 1 },
      { ruleId: 'toc-mismatch', severity: 'warning', message: 'retitled', line: 40, column: 3, endLine: 40, endColumn: 9, suggestion: 'X', related: [{ line: 20, column: 1, message: 'the title in the table of contents' }] },
    ],
  },
  { file: 'ren.txt', errorCount: 0, warningCount: 0, diagnostics: [] },
];

describe('github', () => {
  it('escapes %, CR and LF in messages, and also : and , in properties', () => {
    expect(escapeData('50% a\r\nb')).toBe('50%25 a%0D%0Ab');
    expect(escapeProperty('a:b,c%')).toBe('a%3Ab%2Cc%25');
    const out = formatGithub(reports).trimEnd().split('\n');
    expect(out[0]).toBe('::error file=Møder 2024/Referat [udkast]%2C 12%3A00.txt,line=12,col=1,title=referat missing-decision::Item 5 "Budget, 50%25 af rammen: forslag" has no Beslutning section%0Aadd it');
    expect(out[1]).toBe('::warning file=Møder 2024/Referat [udkast]%2C 12%3A00.txt,line=40,col=3,endLine=40,endColumn=9,title=referat toc-mismatch::retitled (suggestion: X)');
    expect(out).toHaveLength(2);
  });
});

describe('sarif', () => {
  const log = JSON.parse(formatSarif(reports, [NOT_MINUTES, ...RULES], '0.1.0'));
  it('validates against the SARIF 2.1.0 schema', () => {
    const schema = JSON.parse(readFileSync(path.join(ROOT, 'fixtures/schemas/sarif-schema-2.1.0.json'), 'utf8'));
    delete schema.$schema;
    delete schema.id;
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    expect(validate(log) ? [] : validate.errors).toEqual([]);
  });
  it('has 1-based regions, percent-encoded URIs, rules with full descriptions and help', () => {
    const r = log.runs[0].results;
    expect(r[0].locations[0].physicalLocation.artifactLocation.uri).toBe('M%C3%B8der%202024/Referat%20%5Budkast%5D%2C%2012%3A00.txt');
    expect(r[1].locations[0].physicalLocation.region).toEqual({ startLine: 40, startColumn: 3, endLine: 40, endColumn: 9 });
    expect(r[1].relatedLocations[0].physicalLocation.region).toEqual({ startLine: 20, startColumn: 1 });
    for (const rule of log.runs[0].tool.driver.rules) {
      expect(rule.fullDescription.text.length).toBeGreaterThan(10);
      expect(rule.help.text.length).toBeGreaterThan(10);
    }
    expect(log.runs[0].tool.driver.rules[r[0].ruleIndex].id).toBe('missing-decision');
  });
});

describe('sarif locations for paths given absolutely or outside the source root', () => {
  it('inside the root: relative to it; outside: an absolute file URI with no base (a relative reference must not start with /)', () => {
    const files = ['/ci/work/repo/minutes/Møde 1.txt', '/ci/other/a b.txt', '../x/y.txt', 'minutes/z.txt', '<stdin>'];
    // One diagnostic per report, so results and files pair up.
    const one = files.map((file) => ({ ...reports[0]!, file, diagnostics: reports[0]!.diagnostics.slice(0, 1) }));
    const log = JSON.parse(formatSarif(one, [NOT_MINUTES, ...RULES], '0.1.0', { root: '/ci/work/repo' }));
    expect(log.runs[0].results.map((r: { locations: Array<{ physicalLocation: { artifactLocation: unknown } }> }) => r.locations[0]!.physicalLocation.artifactLocation)).toEqual([
      { uri: 'minutes/M%C3%B8de%201.txt', uriBaseId: '%SRCROOT%' },
      { uri: 'file:///ci/other/a%20b.txt' },
      { uri: 'file:///ci/work/x/y.txt' },
      { uri: 'minutes/z.txt', uriBaseId: '%SRCROOT%' },
      { uri: '%3Cstdin%3E', uriBaseId: '%SRCROOT%' },
    ]);
  });
});

describe('stylish and json', () => {
  it('stylish: plain without colour, file, positions, summary', () => {
    const out = formatStylish(reports, new Chalk({ level: 0 }));
    expect(out).toContain('Møder 2024/Referat [udkast], 12:00.txt\n  12:1  error');
    expect(out).toContain('✖ 2 problems (1 error, 1 warning)');
    expect(out).not.toContain('\u001b[');
    expect(formatStylish(reports, new Chalk({ level: 1 }))).toContain('\u001b[');
    expect(formatStylish([reports[1]!], new Chalk({ level: 0 }))).toBe('');
  });
  it('json: the documented shape', () => {
    const back = JSON.parse(formatJson(reports));
    expect(FileReport.array().parse(back)).toEqual(reports);
  });
});
