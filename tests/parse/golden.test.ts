// Golden files: each fixture's Meeting, reviewed in the diff. Regenerate on purpose with UPDATE=1.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS, ROOT, SEEDS, listTxt, parseFixture } from '../helpers/fixtures.js';

const files = [...listTxt(SEEDS), ...listTxt(CORPUS)];

describe.each(files)('%s', (file) => {
  it('matches its golden file', () => {
    const r = parseFixture(file);
    const actual = JSON.stringify(r.ok ? r.meeting : { failure: r.failure }, null, 2) + '\n';
    const golden = path.join(ROOT, file.replace(/\.txt$/u, '.meeting.json'));
    if (process.env.UPDATE || !existsSync(golden)) writeFileSync(golden, actual);
    expect(actual).toBe(readFileSync(golden, 'utf8'));
  });
});
