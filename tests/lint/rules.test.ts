// Every rule against its fixtures (expected findings in the .findings sidecar), and the registry's completeness.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NOT_MINUTES, RULES, RULE_IDS } from '../../src/lint/rules/index.js';
import { ROOT } from '../helpers/fixtures.js';
import { findingsOf } from '../helpers/lint.js';

const DIR = 'fixtures/lint';
const cases = readdirSync(path.join(ROOT, DIR), { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .flatMap((e) => readdirSync(path.join(ROOT, DIR, e.name)).filter((f) => f.endsWith('.txt')).map((f) => [e.name, `${DIR}/${e.name}/${f}`] as const));

describe.each(cases)('%s: %s', (rule, file) => {
  const got = findingsOf(file);
  it('gives exactly the findings in its .findings file', () => {
    const want = readFileSync(path.join(ROOT, file.replace(/\.txt$/u, '.findings')), 'utf8').split('\n').filter(Boolean);
    expect(got).toEqual(want);
  });
  if (path.basename(file).startsWith('not-ok')) it('triggers its rule', () => expect(got.some((g) => g.endsWith(` ${rule}`))).toBe(true));
  else it('does not trigger its rule', () => expect(got.some((g) => g.endsWith(` ${rule}`))).toBe(false));
});

describe('the rule registry', () => {
  it('has unique ids, docs, and a not-ok fixture for every rule', () => {
    expect(new Set(RULE_IDS).size).toBe(RULE_IDS.length);
    for (const r of [NOT_MINUTES, ...RULES]) {
      expect(r.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/u);
      expect(r.description.length).toBeGreaterThan(20);
      expect(r.example.length).toBeGreaterThan(5);
      expect(r.fix.length).toBeGreaterThan(10);
      expect(existsSync(path.join(ROOT, DIR, r.id, 'not-ok.txt')), r.id).toBe(true);
    }
  });
  it('is the README rule table: every rule in registry order, with its default severity and agenda note', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('#### Rules'));
    const rows = [...table.matchAll(/^\| `([a-z-]+)` \| (error|warning) \| (.*) \|$/gmu)].map((m) => ({ id: m[1], severity: m[2], offForAgendas: m[3]!.endsWith('off for agendas') }));
    const want = [NOT_MINUTES, ...RULES].map((r) => ({ id: r.id, severity: r.severity, offForAgendas: 'decisionRule' in r && r.decisionRule === true }));
    expect(rows).toEqual(want);
  });
  it('a clean document has no findings at all', () => {
    expect(findingsOf(`${DIR}/ok-clean.txt`)).toEqual([]);
  });
});
