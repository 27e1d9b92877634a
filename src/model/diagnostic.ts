// Findings of `referat validate`: one shape every reporter reads (the JSON output is this shape itself).
import * as z from 'zod';

export const Severity = z.enum(['error', 'warning']);
export type Severity = z.infer<typeof Severity>;

export const Related = z.object({ line: z.number().int().min(1), column: z.number().int().min(1), message: z.string() });

export const Diagnostic = z
  .object({
    ruleId: z.string(),
    severity: Severity,
    message: z.string().describe('what is wrong and what to do, in plain English'),
    line: z.number().int().min(1),
    column: z.number().int().min(1).describe('1-based, in UTF-16 units of the decoded line'),
    endLine: z.number().int().min(1).optional(),
    endColumn: z.number().int().min(1).optional().describe('exclusive'),
    suggestion: z.string().optional(),
    related: z.array(Related).optional().describe('a second place the finding is about (toc-mismatch: the contents line)'),
  })
  .meta({ id: 'Diagnostic' });
export type Diagnostic = z.infer<typeof Diagnostic>;

export const FileReport = z
  .object({
    file: z.string(),
    errorCount: z.number().int().min(0),
    warningCount: z.number().int().min(0),
    diagnostics: z.array(Diagnostic),
  })
  .meta({ id: 'FileReport' });
export type FileReport = z.infer<typeof FileReport>;
