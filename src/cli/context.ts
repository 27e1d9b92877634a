// What a command may touch: its output streams and environment. Tests pass their own.
export interface CliContext {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  env: NodeJS.ProcessEnv;
  cwd: string;
  isTTY: { stdout: boolean; stderr: boolean };
  /** --debug: print stack traces for internal errors. Set by main from the global flag. */
  debug?: boolean;
}

/** A usage or configuration problem: exit code 2. */
export class UsageError extends Error {}
