// What a command may touch: its output streams and environment. Tests pass their own.
export interface CliContext {
  stdout: (s: string) => void;
  /** Writes UTF-8 bytes to standard output as they are; without it, bytes are decoded and given to `stdout`. */
  stdoutBytes?: (b: Uint8Array) => void;
  stderr: (s: string) => void;
  env: NodeJS.ProcessEnv;
  cwd: string;
  isTTY: { stdout: boolean; stderr: boolean };
  /** --debug: print stack traces for internal errors. Set by main from the global flag. */
  debug?: boolean;
}

/** A usage or configuration problem: exit code 2. */
export class UsageError extends Error {}
