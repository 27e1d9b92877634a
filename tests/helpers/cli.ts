// Runs the CLI in-process with captured streams, the way the tests for error messages and exit codes need it.
import { main } from '../../src/cli/main.js';
import type { CliContext } from '../../src/cli/context.js';
import { ROOT } from './fixtures.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

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
