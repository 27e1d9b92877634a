// The pool as a library: results come back in input order with the same results as the in-process path, including
// expansion failures in between files, whatever order the workers finish in.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Input } from '../../src/io/inputs.js';
import { parseInputsParallel } from '../../src/cli/pool.js';
import { CORPUS, ROOT, SEEDS, listTxt } from '../helpers/fixtures.js';

const workerUrl = new URL(`file://${path.join(ROOT, 'dist/lib/cli/worker.js')}`);

/** Results as comparable records; `bytes` counts the Meetings that came back already serialised (UTF-8 JSON). */
async function collect(inputs: Input[], jobs: number, encode: 'none' | 'ndjson' = 'none', bytes = { n: 0 }) {
  const out: Array<{ path: string; ok: boolean; body: string }> = [];
  for await (const r of parseInputsParallel(inputs, { jobs, encode, workerUrl })) {
    const p = r.input.kind === 'failure' ? r.input.failure.path : r.input.path;
    if (r.json) bytes.n++;
    const body = r.json ? Buffer.from(r.json).toString('utf8') : r.result.ok ? JSON.stringify(r.result.meeting) : r.result.failure.message;
    out.push({ path: p, ok: r.result.ok, body });
  }
  return out;
}

describe.runIf(existsSync(workerUrl))('parseInputsParallel', () => {
  const files = [...listTxt(SEEDS), ...listTxt(CORPUS)];
  // Big and small files interleaved so later small files finish before earlier big ones on other workers.
  const inputs: Input[] = [];
  for (let k = 0; k < 4; k++) {
    for (const f of files) inputs.push({ kind: 'file', path: path.join(ROOT, f), rel: f });
    inputs.push({ kind: 'failure', failure: { path: `missing-${k}`, code: 'not-found', message: 'no such file or folder; check the path' } });
    inputs.push({ kind: 'file', path: path.join(ROOT, `fixtures/nope-${k}.txt`), rel: `nope-${k}.txt` });
  }

  it('yields the in-process results, in order, with 2 and 3 workers', async () => {
    const one = await collect(inputs, 1);
    expect(one.map((r) => r.path)).toEqual(inputs.map((i) => (i.kind === 'failure' ? i.failure.path : i.path)));
    expect(one.filter((r) => !r.ok).length).toBeGreaterThanOrEqual(8);
    expect(await collect(inputs, 2)).toEqual(one);
    expect(await collect(inputs, 3)).toEqual(one);
  });

  it('sends Meetings back as NDJSON bytes when asked, equal to stringifying them', async () => {
    const one = await collect(inputs, 1, 'ndjson');
    const bytes = { n: 0 };
    const two = await collect(inputs, 2, 'ndjson', bytes);
    expect(two).toEqual(one);
    expect(bytes.n).toBe(two.filter((r) => r.ok).length);
  });
});
