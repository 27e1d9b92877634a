// The lint runner: configuration → enabled rules → diagnostics. Severity and options are applied here, never in rules;
// every reported position is checked to lie inside the file (a rule that reports outside it is a bug).
import type { Config, RuleLevel } from '../model/config.js';
import type { Diagnostic, FileReport } from '../model/diagnostic.js';
import type { Meeting } from '../model/meeting.js';
import type { Failure, ParseResult } from '../model/result.js';
import { type Finding, OptionError, type Rule } from './rule.js';
import { NOT_MINUTES, RULES, RULE_IDS } from './rules/index.js';

/** A configuration problem: names the key, exit code 2. */
export class ConfigError extends Error {}

export interface LintSettings {
  levels: ReadonlyMap<string, RuleLevel>;
  options: ReadonlyMap<string, unknown>;
  /** Treat every file as minutes or as an agenda; undefined = as parsed. */
  kind?: 'minutes' | 'agenda';
  /** Errors only: rules set to warn do not run (so warnings can never fail --max-warnings). */
  quiet?: boolean;
}

const levelOf = (sev: 'error' | 'warning'): RuleLevel => (sev === 'error' ? 'error' : 'warn');

/** Resolves defaults, the config file and `--rule id=level` overrides into settings. Throws ConfigError. */
export function resolveSettings(config: Config | null, overrides: readonly string[] = [], extra: Pick<LintSettings, 'kind' | 'quiet'> = {}): LintSettings {
  const levels = new Map<string, RuleLevel>([[NOT_MINUTES.id, 'error'], ...RULES.map((r) => [r.id, levelOf(r.severity)] as const)]);
  const options = new Map<string, unknown>(RULES.map((r) => [r.id, r.defaultOptions ?? {}]));
  for (const [id, setting] of Object.entries(config?.rules ?? {})) {
    if (!RULE_IDS.includes(id)) throw new ConfigError(`rules.${id}: unknown rule id (known: ${RULE_IDS.join(', ')})`);
    const [level, opts] = Array.isArray(setting) ? setting : [setting, undefined];
    levels.set(id, level);
    if (opts !== undefined) {
      const rule = RULES.find((r) => r.id === id);
      if (!rule?.options) throw new ConfigError(`rules.${id}[1]: this rule takes no options`);
      const merged = { ...(rule.defaultOptions as object), ...opts };
      try {
        options.set(id, rule.options(merged));
      } catch (e) {
        if (e instanceof OptionError) throw new ConfigError(`rules.${id}[1].${e.key}: ${e.message}`);
        throw e;
      }
    }
  }
  for (const o of overrides) {
    const m = /^([a-z-]+)=(off|warn|error)$/u.exec(o);
    if (!m) throw new ConfigError(`--rule ${o}: expected RULE=off|warn|error, for example --rule missing-decision=warn`);
    if (!RULE_IDS.includes(m[1]!)) throw new ConfigError(`--rule ${o}: unknown rule id '${m[1]}' (see referat rules)`);
    levels.set(m[1]!, m[2] as RuleLevel);
  }
  return { levels, options, kind: extra.kind ?? config?.kind, quiet: extra.quiet };
}

function toDiagnostic(ruleId: string, level: RuleLevel, f: Finding, lineCount: number): Diagnostic {
  const max = Math.max(1, lineCount);
  const bad = (what: string) => new Error(`rule ${ruleId} reported ${what} outside the file (${f.line}:${f.column ?? 1}, ${lineCount} lines)`);
  if (!(f.line >= 1 && f.line <= max)) throw bad('a line');
  if (f.endLine !== undefined && !(f.endLine >= f.line && f.endLine <= max)) throw bad('an end line');
  if (f.column !== undefined && f.column < 1) throw bad('a column');
  const d: Diagnostic = { ruleId, severity: level === 'error' ? 'error' : 'warning', message: f.message, line: f.line, column: f.column ?? 1 };
  if (f.endLine !== undefined) d.endLine = f.endLine;
  if (f.endColumn !== undefined) d.endColumn = f.endColumn;
  if (f.suggestion !== undefined) d.suggestion = f.suggestion;
  if (f.related) d.related = f.related.map((r) => ({ line: r.line, column: r.column ?? 1, message: r.message }));
  return d;
}

function active(settings: LintSettings, id: string): RuleLevel | null {
  const level = settings.levels.get(id) ?? 'off';
  if (level === 'off' || (settings.quiet && level === 'warn')) return null;
  return level;
}

/** Runs every enabled rule on a parsed meeting. `lines` are its decoded source lines. */
export function lintMeeting(meeting: Meeting, lines: readonly string[], settings: LintSettings): Diagnostic[] {
  const agenda = (settings.kind ?? meeting.kind) === 'agenda';
  const out: Diagnostic[] = [];
  for (const rule of RULES as ReadonlyArray<Rule<unknown>>) {
    const level = active(settings, rule.id);
    if (!level || (agenda && rule.decisionRule)) continue;
    rule.check({
      meeting,
      lines,
      options: settings.options.get(rule.id),
      report: (f) => out.push(toDiagnostic(rule.id, level, f, lines.length)),
    });
  }
  return out.sort((a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId));
}

/** A file that could not be read or recognised: one `not-minutes` finding with the reason. */
export function failureDiagnostics(failure: Failure, settings: LintSettings): Diagnostic[] {
  const level = active(settings, NOT_MINUTES.id);
  if (!level) return [];
  return [{ ruleId: NOT_MINUTES.id, severity: level === 'error' ? 'error' : 'warning', message: failure.message, line: failure.line ?? 1, column: 1 }];
}

/** One file's report from its parse result (and its decoded lines when it parsed). */
export function lintResult(file: string, result: ParseResult, lines: readonly string[], settings: LintSettings): FileReport {
  const diagnostics = result.ok ? lintMeeting(result.meeting, lines, settings) : failureDiagnostics(result.failure, settings);
  return {
    file,
    errorCount: diagnostics.filter((d) => d.severity === 'error').length,
    warningCount: diagnostics.filter((d) => d.severity === 'warning').length,
    diagnostics,
  };
}
