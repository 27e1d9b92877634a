// Extra JSON Schemas published beside the Meeting schema in schema/ (written by scripts/build.mjs).
// Each capability adds one entry: file name → JSON Schema generated from its zod model.
import * as z from 'zod';
import { Diff } from './model/diff.js';

export function extraSchemas(): Record<string, object> {
  return {
    'diff.schema.json': { $id: 'https://referat.dev/schema/diff.schema.json', ...z.toJSONSchema(Diff, { target: 'draft-2020-12' }) },
  };
}
