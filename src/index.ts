// The public library API of referat. Named exports only; locked by tests/exports.test.ts.
export { parseMinutes, parseSource, type ParseOptions } from './parse/index.js';
export { lineNodes, accountingErrors, type LineNode } from './parse/accounting.js';
export { decodeSource, detectEncoding, splitLines, type SourceText } from './io/decode.js';
export { FORMATS, FORMAT_IDS, detectFormat } from './formats/index.js';
export { classifyOutcomes, OUTCOME_PATTERNS } from './tables/outcome.js';
export { TABLES, TABLE_NAMES, toRows, type TableName, type Row, type Cell } from './tables/rows.js';
export { csvHeader, csvRecords, excelSafe } from './tables/csv.js';
export * from './model/meeting.js';
export * from './model/result.js';
export { diffMeetings, renumberRuns, type DiffOptions } from './diff/index.js';
export { renderDiffText } from './report/diff-text.js';
export { renderDiffMarkdown } from './report/diff-markdown.js';
export * from './model/diff.js';
export { lintMeeting, lintResult, resolveSettings, ConfigError, type LintSettings } from './lint/run.js';
export { RULES, RULE_IDS } from './lint/rules/index.js';
export * from './model/diagnostic.js';
export { Config } from './model/config.js';
