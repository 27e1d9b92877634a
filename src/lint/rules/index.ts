// The rule registry: an explicit, sorted list (no directory scanning at run time). A new rule is one file + one line.
import type { Rule } from '../rule.js';
import dateMismatch from './date-mismatch.js';
import emptyDecision from './empty-decision.js';
import htmlRemnant from './html-remnant.js';
import itemNumbering from './item-numbering.js';
import meetingFields from './meeting-fields.js';
import missingDecision from './missing-decision.js';
import mojibake from './mojibake.js';
import placeholderLink from './placeholder-link.js';
import timeOrder from './time-order.js';
import tocMismatch from './toc-mismatch.js';
import unknownHeading from './unknown-heading.js';

/** `not-minutes` is reported by the runner for files the parser refuses; it is listed here for docs and config. */
export const NOT_MINUTES: Pick<Rule, 'id' | 'severity' | 'description' | 'example' | 'fix'> = {
  id: 'not-minutes',
  severity: 'error',
  description: 'The file is not recognised as minutes or an agenda (or cannot be read as text at all).',
  example: 'a markdown report (seed 001), a PDF, an empty file',
  fix: 'Check that the file is the minutes or agenda export; export PDFs and Word files as text first.',
};

export const RULES: ReadonlyArray<Rule<any>> = [
  missingDecision,
  emptyDecision,
  tocMismatch,
  itemNumbering,
  meetingFields,
  timeOrder,
  unknownHeading,
  dateMismatch,
  placeholderLink,
  htmlRemnant,
  mojibake,
];

export const RULE_IDS: readonly string[] = [NOT_MINUTES.id, ...RULES.map((r) => r.id)];
