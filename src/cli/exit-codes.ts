// Exit codes, decided in one place (the CLI) from results.
export const EXIT = {
  /** Every input was parsed (validate: no errors, warnings within --max-warnings; diff: no differences). */
  OK: 0,
  /** Some input failed (unreadable, binary, not minutes), or findings fail the run, or (diff) there are differences. */
  FAILED: 1,
  /** Usage or configuration error: bad flags, unknown format, nothing to do. */
  USAGE: 2,
} as const;
