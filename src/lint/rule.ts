// The contract every rule follows: data (id, default severity, what it checks, an example) plus a check that reports
// findings with positions. Severity and configuration are applied by the runner, never inside a rule.
import type { Meeting } from '../model/meeting.js';
import type { Severity } from '../model/diagnostic.js';

export interface Finding {
  line: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  message: string;
  suggestion?: string;
  related?: Array<{ line: number; column?: number; message: string }>;
}

export interface RuleContext<O> {
  meeting: Meeting;
  /** The decoded source lines (positions point into these). */
  lines: readonly string[];
  options: O;
  report(f: Finding): void;
}

export interface Rule<O = Record<string, never>> {
  id: string;
  severity: Severity;
  /** One sentence: what the rule checks. */
  description: string;
  /** A short example that triggers it (from a real seed where there is one). */
  example: string;
  /** Why it matters and how to fix it. */
  fix: string;
  /** Rules about decisions are off for agendas. */
  decisionRule?: boolean;
  /**
   * Checks options from the config (merged over the defaults) and returns them typed; throws OptionError naming the
   * key. Hand-written rather than zod so that validating does not load zod on every start.
   */
  options?: (raw: Record<string, unknown>) => O;
  defaultOptions?: O;
  check(ctx: RuleContext<O>): void;
}

/** A bad rule option: `key` is the option's name. */
export class OptionError extends Error {
  constructor(
    readonly key: string,
    message: string,
  ) {
    super(message);
  }
}

export function stringList(raw: Record<string, unknown>, key: string): string[] {
  const v = raw[key];
  if (!Array.isArray(v) || !v.every((x) => typeof x === 'string')) throw new OptionError(key, 'expected a list of strings');
  return v as string[];
}

export function flag(raw: Record<string, unknown>, key: string): boolean {
  const v = raw[key];
  if (typeof v !== 'boolean') throw new OptionError(key, 'expected true or false');
  return v;
}

export function noOtherKeys(raw: Record<string, unknown>, known: readonly string[]): void {
  for (const k of Object.keys(raw)) if (!known.includes(k)) throw new OptionError(k, `unknown option (known: ${known.join(', ')})`);
}

export function defineRule<O>(rule: Rule<O>): Rule<O> {
  return rule;
}
