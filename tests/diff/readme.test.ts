// The `referat diff` examples in the README are real output: each `$ npx referat diff …` in a console block is run
// and must print exactly what the README shows.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/fixtures.js';
import { runCli } from './helpers.js';

const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const examples: { argv: string[]; output: string }[] = [];
for (const block of readme.matchAll(/```console\n([\s\S]*?)```/gu)) {
  const parts = block[1]!.split(/^\$ npx referat /mu).slice(1);
  for (const part of parts) {
    const nl = part.indexOf('\n');
    const argv = part.slice(0, nl).trim().split(/\s+/u);
    if (argv[0] === 'diff') examples.push({ argv, output: part.slice(nl + 1).replace(/\n+$/u, '') });
  }
}

describe('README diff examples', () => {
  it('there are some', () => expect(examples.length).toBeGreaterThanOrEqual(3));
  it.each(examples.map((e) => [e.argv.join(' '), e] as const))('%s', async (_, e) => {
    const r = await runCli(e.argv);
    expect(r.stdout.replace(/\n+$/u, '')).toBe(e.output);
  });
});
