// The Diff JSON Schema is generated from the zod model and published in schema/diff.schema.json; the committed file
// must be the generated one (npm run build rewrites it), and it must describe the documented core fields.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extraSchemas } from '../../src/schemas.js';
import { ROOT } from '../helpers/fixtures.js';

describe('schema/diff.schema.json', () => {
  const generated = extraSchemas()['diff.schema.json'] as { $defs: Record<string, { properties: Record<string, unknown>; required?: string[] }> };
  it('is the committed file', () => {
    const committed = JSON.parse(readFileSync(path.join(ROOT, 'schema/diff.schema.json'), 'utf8'));
    expect(committed).toEqual(generated);
  });
  it('has the documented core shape', () => {
    const defs = generated.$defs;
    expect(defs.Diff!.required).toEqual(expect.arrayContaining(['identical', 'meeting', 'items']));
    expect(Object.keys(defs.MeetingChange!.properties)).toEqual(expect.arrayContaining(['field', 'before', 'after']));
    expect(Object.keys(defs.ItemChange!.properties)).toEqual(expect.arrayContaining(['change', 'before', 'after', 'sections']));
    expect(Object.keys(defs.SectionChange!.properties)).toEqual(expect.arrayContaining(['kind', 'change', 'before', 'after', 'words']));
    expect((defs.ItemChange!.properties.change as { enum: string[] }).enum).toEqual(['added', 'removed', 'modified', 'renumbered', 'moved']);
  });
});
