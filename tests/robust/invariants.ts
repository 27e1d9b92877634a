// The invariants every parse result must keep, whatever the input: typed failure or a sound Meeting.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { accountingErrors } from '../../src/parse/accounting.js';
import { Meeting } from '../../src/model/meeting.js';
import { FailureCode, type ParseResult } from '../../src/model/result.js';
import { ROOT } from '../helpers/fixtures.js';

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats.default(ajv);
/** The published schema, as users get it (not the zod model it was made from). */
export const validateSchema = ajv.compile(JSON.parse(readFileSync(path.join(ROOT, 'schema/meeting.schema.json'), 'utf8')) as object);

/** Every `line` / `endLine` number anywhere in the Meeting. */
function positions(v: unknown, out: number[] = []): number[] {
  if (Array.isArray(v)) for (const x of v) positions(x, out);
  else if (v && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) {
      if ((k === 'line' || k === 'endLine') && typeof x === 'number') out.push(x);
      else positions(x, out);
    }
  }
  return out;
}

/** Problems with one result for an input of `lineCount` lines reported at `filePath`; empty when sound. */
export function invariantErrors(r: ParseResult, filePath: string, lineCount: number): string[] {
  if (!r.ok) {
    const errs: string[] = [];
    if (!FailureCode.safeParse(r.failure.code).success) errs.push(`unknown failure code ${r.failure.code}`);
    if (r.failure.path !== filePath) errs.push(`failure names ${r.failure.path}, not ${filePath}`);
    if (r.failure.message.trim() === '') errs.push('failure without a message');
    if (r.failure.line !== undefined && (r.failure.line < 1 || r.failure.line > lineCount)) errs.push(`failure line ${r.failure.line} outside the file`);
    return errs;
  }
  const m = r.meeting;
  const errs = [...accountingErrors(m)];
  if (m.source.lineCount !== lineCount) errs.push(`lineCount ${m.source.lineCount}, but the input has ${lineCount} lines`);
  const outside = positions(m).filter((l) => !Number.isInteger(l) || l < 1 || l > lineCount);
  if (outside.length > 0) errs.push(`positions outside 1..${lineCount}: ${outside.slice(0, 5).join(', ')}`);
  const z = Meeting.safeParse(m);
  if (!z.success) errs.push(`model: ${z.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  // Through JSON, as the CLI writes it.
  const json = JSON.parse(JSON.stringify(m)) as unknown;
  if (!validateSchema(json)) errs.push(`schema: ${ajv.errorsText(validateSchema.errors)}`);
  return errs;
}
