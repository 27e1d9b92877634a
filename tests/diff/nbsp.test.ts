// A non-breaking-space-only edit is no change by default and is shown, visibly, with --whitespace.
import { describe, expect, it } from 'vitest';
import { referat } from '../helpers/cli.js';

const A = 'fixtures/diff/nbsp-only/before.txt';
const B = 'fixtures/diff/nbsp-only/after.txt';

describe('diff: NBSP-only difference', () => {
  it('is not a change by default', () => {
    const r = referat(['diff', A, B]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('No differences.');
  });
  it('is shown with --whitespace, the NBSP made visible', () => {
    const r = referat(['diff', A, B, '--whitespace']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Referatet[- -]{+⍽+}blev godkendt.');
    const j = JSON.parse(referat(['diff', A, B, '--whitespace', '--format', 'json']).stdout);
    expect(j.items).toHaveLength(1);
    expect(j.items[0].sections).toEqual([expect.objectContaining({ kind: 'decision', change: 'modified' })]);
  });
});
