// Two ways to run the CLI in tests: as a user would (the built bin, a real process) and in-process with captured
// streams (for error messages and exit codes without a build).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { main } from '../../src/cli/main.js';
import type { CliContext } from '../../src/cli/context.js';
import { ROOT } from './fixtures.js';

/** The one-line summary a run over more than one input ends with on stderr. */
export const SUMMARY_LINE = /^referat: \d+ files?: \d+ ok, \d+ with warnings, \d+ failed, \d+ not minutes \(\d+\.\d s\)$/u;

/** stderr lines without the closing summary line. */
export function withoutSummary(stderr: string): string[] {
  return stderr.split('\n').filter((l) => l !== '' && !SUMMARY_LINE.test(l));
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI (bin/referat.js → dist/cli.cjs). `npm run build` must have run (CI does). */
export function referat(args: string[], opts: { cwd?: string; input?: string | Buffer; env?: NodeJS.ProcessEnv } = {}): CliRun {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/referat.js'), ...args], {
    cwd: opts.cwd ?? ROOT,
    input: opts.input,
    env: { ...process.env, NO_COLOR: '1', ...opts.env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Runs the CLI in-process with captured streams. */
export async function runCli(args: string[], cwd = ROOT): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const ctx: CliContext = {
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
    env: {},
    cwd,
    isTTY: { stdout: false, stderr: false },
  };
  const code = await main(args, ctx);
  return { code, stdout, stderr };
}
