// The output's schema version on its own, so the parser can stamp it without loading zod and the schemas (cold start).
export const SCHEMA_VERSION = 1 as const;
