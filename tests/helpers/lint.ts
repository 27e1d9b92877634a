// Lints a fixture the way `referat validate` does (decode, parse, run the rules) for rule and real-document tests.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { decodeSource } from '../../src/io/decode.js';
import { type LintSettings, lintResult, resolveSettings } from '../../src/lint/run.js';
import type { FileReport } from '../../src/model/diagnostic.js';
import { parseSource } from '../../src/parse/index.js';
import { ROOT } from './fixtures.js';

export function lintFixture(rel: string, settings: LintSettings = resolveSettings(null)): FileReport {
  const d = decodeSource(readFileSync(path.join(ROOT, rel)), rel);
  if (!d.ok) throw new Error(`${rel}: ${d.message}`);
  return lintResult(rel, parseSource(d.source), d.source.lines, settings);
}

/** `line:column rule-id` for each finding, in order. */
export const findingsOf = (rel: string, settings?: LintSettings): string[] =>
  lintFixture(rel, settings).diagnostics.map((x) => `${x.line}:${x.column} ${x.ruleId}`);
