// Extra JSON Schemas published beside the Meeting schema in schema/ (written by scripts/build.mjs).
// Each capability adds one entry: file name → JSON Schema generated from its zod model.
import * as z from 'zod';
import { Diff } from './model/diff.js';
import { Config } from './model/config.js';
import { FileReport } from './model/diagnostic.js';

export function extraSchemas(): Record<string, object> {
  return {
    'config.schema.json': { $id: 'https://referat.dev/schema/config.schema.json', ...z.toJSONSchema(Config, { target: 'draft-2020-12', io: 'input' }) },
    'validate.schema.json': { $id: 'https://referat.dev/schema/validate.schema.json', ...z.toJSONSchema(z.array(FileReport), { target: 'draft-2020-12' }) },
    'diff.schema.json': { $id: 'https://referat.dev/schema/diff.schema.json', ...z.toJSONSchema(Diff, { target: 'draft-2020-12' }) },
  };
}
