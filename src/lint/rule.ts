// The contract every rule follows: data (id, default severity, what it checks, an example) plus a check that reports
// findings with positions. Severity and configuration are applied by the runner, never inside a rule.
import type * as z from 'zod';
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
  options?: z.ZodType<O>;
  defaultOptions?: O;
  check(ctx: RuleContext<O>): void;
}

export function defineRule<O>(rule: Rule<O>): Rule<O> {
  return rule;
}
