// Extra JSON Schemas published beside the Meeting schema in schema/ (written by scripts/build.mjs).
// Each capability adds one entry: file name → JSON Schema generated from its zod model.
export function extraSchemas(): Record<string, object> {
  return {};
}
