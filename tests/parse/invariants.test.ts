// Nothing is lost: on every fixture every line belongs to exactly one node, all positions lie inside the file, and
// the output validates against the zod model (and so the published JSON Schema).
import { describe, expect, it } from 'vitest';
import { accountingErrors } from '../../src/parse/accounting.js';
import { Meeting } from '../../src/model/meeting.js';
import { CORPUS, SEEDS, listTxt, parseFixture } from '../helpers/fixtures.js';

const files = [...listTxt(SEEDS), ...listTxt(CORPUS)];

describe.each(files)('%s', (file) => {
  const r = parseFixture(file);
  it('parses or is refused as not minutes', () => {
    if (!r.ok) expect(r.failure.code).toBe('not-minutes');
  });
  if (!r.ok) return;
  it('accounts for every line exactly once', () => {
    expect(accountingErrors(r.meeting)).toEqual([]);
  });
  it('validates against the model', () => {
    const v = Meeting.safeParse(r.meeting);
    expect(v.success ? [] : v.error.issues).toEqual([]);
  });
  it('keeps every position inside the file', () => {
    const n = r.meeting.source.lineCount;
    const lines: number[] = [];
    for (const it of r.meeting.items) {
      lines.push(it.line, it.endLine, ...it.sections.flatMap((s) => [s.line, s.endLine]), ...it.attachments.map((a) => a.line));
    }
    lines.push(...r.meeting.toc.map((t) => t.line), ...r.meeting.header.flatMap((h) => [h.line, h.endLine]));
    expect(lines.filter((l) => l < 1 || l > n)).toEqual([]);
  });
});
