// A worker_threads pool for folder runs: files are read and parsed on N workers, results come back in input order.
// At most `window` files are in flight or waiting to be written, so memory stays bounded whatever the number of files.
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Worker } from 'node:worker_threads';
import type { Input } from '../io/inputs.js';
import type { LintSettings } from '../lint/run.js';
import type { FileReport } from '../model/diagnostic.js';
import type { ParseResult } from '../model/result.js';
import { type FileResult, POOL_MIN_FILES, type ProcessOptions, parseInputs } from './files.js';
import type { Encode, PoolRequest, PoolResponse } from './pool-protocol.js';

export interface PooledResult extends FileResult {
  /** The Meeting already serialised (UTF-8 JSON) by the worker when `encode` was asked for (`result.meeting` is then absent). */
  json?: Uint8Array;
  /** The input's validate report, when `lint` was asked for. */
  report?: FileReport;
}

export interface PoolOptions extends ProcessOptions {
  /** Number of workers; 1 parses on the main thread. Default: the number of cores. */
  jobs?: number;
  /** Ask workers to send successful Meetings back as JSON text (saves a structured clone plus a stringify). */
  encode?: Encode;
  /** For validate: lint each input with these settings; every result then carries its `report` (made on the worker). */
  lint?: LintSettings;
  /** Without an explicit `jobs`, below this many files the pool is not worth its start-up; parse in-process. */
  minFiles?: number;
  /** Where the worker entry lives (tests); default: `worker.js` next to this module (the bundle or dist/lib). */
  workerUrl?: URL;
}

/**
 * A small young generation per worker (V8's default lets each worker's heap grow well past what a file needs). The old
 * generation is deliberately not capped: a worker reaching that cap aborts the whole process (measured with a 50 MB
 * file), it does not fail softly.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 8 };

/** A full garbage collection on this thread, via V8's gc() made reachable at run time (no --expose-gc needed). */
function collectGarbage(): void {
  try {
    setFlagsFromString('--expose-gc');
    (runInNewContext('gc') as () => void)();
  } catch {
    // Not essential: only the peak memory of very large runs is lower with it.
  }
}

export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

/** Parses `inputs` and yields results in input order, on `jobs` worker threads when that pays off. */
export async function* parseInputsParallel(inputs: readonly Input[], opts: PoolOptions = {}): AsyncGenerator<PooledResult> {
  const jobs = Math.max(1, Math.floor(opts.jobs ?? defaultJobs()));
  const fileCount = inputs.reduce((n, i) => n + (i.kind === 'file' ? 1 : 0), 0);
  if (jobs <= 1 || fileCount === 0 || (opts.jobs === undefined && fileCount < (opts.minFiles ?? POOL_MIN_FILES))) {
    if (opts.lint) for (const input of inputs) yield await lintHere(input, opts, opts.lint);
    else yield* parseInputs(inputs, opts);
    return;
  }
  yield* runPool(inputs, jobs, opts);
}

/** Reads, parses and lints one input on this thread (validate without workers, standard input, expansion failures). */
async function lintHere(input: Input, opts: ProcessOptions, lint: LintSettings): Promise<PooledResult> {
  return (await import('./lint-input.js')).loadAndLint(input, opts, lint);
}

async function* runPool(inputs: readonly Input[], jobs: number, opts: PoolOptions): AsyncGenerator<PooledResult> {
  const url = opts.workerUrl ?? new URL('./worker.js', import.meta.url);
  // Expanding a big folder leaves garbage on the main thread's heap (~1 KB per file); collect it before the workers
  // start so it does not add to the run's peak memory.
  collectGarbage();
  const encode = opts.encode ?? 'none';
  const window = jobs * 8;
  const workers: Worker[] = [];
  const done = new Map<number, PoolResponse | { local: true }>();
  let wake: (() => void) | null = null;
  let crashed: Error | null = null;
  const notify = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  const inFlight: number[] = [];
  const pending: Array<Set<number>> = [];
  const start = (k: number) => {
    const w = new Worker(url, { resourceLimits: WORKER_LIMITS });
    const mine = new Set<number>();
    w.on('message', (res: PoolResponse) => {
      mine.delete(res.id);
      inFlight[k] = mine.size;
      done.set(res.id, res);
      notify();
    });
    w.on('error', (e) => {
      crashed = e;
      notify();
    });
    workers[k] = w;
    pending[k] = mine;
    inFlight[k] = 0;
  };
  for (let k = 0; k < jobs; k++) start(k);
  let next = 0; // next input to dispatch
  let emit = 0; // next input to yield
  try {
    while (emit < inputs.length) {
      // Keep every worker busy, but never let more than `window` results pile up ahead of the writer.
      while (next < inputs.length && next - emit < window) {
        const input = inputs[next]!;
        if (input.kind !== 'file') {
          // Standard input and expansion failures are handled here, in order, when their turn comes.
          done.set(next, { local: true });
        } else {
          let k = 0;
          for (let j = 1; j < jobs; j++) if (inFlight[j]! < inFlight[k]!) k = j;
          pending[k]!.add(next);
          inFlight[k] = pending[k]!.size;
          const req: PoolRequest = { id: next, path: input.path, rel: input.rel, formatHint: opts.formatHint, encode, lint: opts.lint };
          workers[k]!.postMessage(req);
        }
        next++;
      }
      const got = done.get(emit);
      if (got === undefined) {
        if (crashed) throw crashed;
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
        continue;
      }
      done.delete(emit);
      const input = inputs[emit]!;
      emit++;
      if ('local' in got) {
        if (opts.lint) yield await lintHere(input, opts, opts.lint);
        else for await (const r of parseInputs([input], opts)) yield r;
      } else {
        const r: PooledResult = { input, result: got.result as ParseResult };
        if (got.json !== undefined) r.json = got.json;
        if (got.report !== undefined) r.report = got.report;
        yield r;
      }
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
