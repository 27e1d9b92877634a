// referat.config.json: rule severities and options. Validated with zod; a bad key is named in the error (exit 2).
import * as z from 'zod';

export const RuleLevel = z.enum(['off', 'warn', 'error']);
export type RuleLevel = z.infer<typeof RuleLevel>;

// `"warn"`, `["warn"]` or `["warn", { options }]` (the forms ESLint users write).
const RuleSetting = z.union([RuleLevel, z.tuple([RuleLevel]), z.tuple([RuleLevel, z.record(z.string(), z.unknown())])]);

export const Config = z
  .strictObject({
    $schema: z.string().optional(),
    kind: z.enum(['minutes', 'agenda']).optional().describe('treat every file as minutes or as an agenda (decision rules off)'),
    rules: z.record(z.string(), RuleSetting).optional().describe('rule id → "off" | "warn" | "error" | [level, options]'),
  })
  .meta({ id: 'Config', title: 'referat.config.json' });
export type Config = z.infer<typeof Config>;
