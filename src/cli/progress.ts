// Progress for long folder runs: a one-line bar on stderr (files done, rate, ETA, failures so far), redrawn at most
// every 100 ms, only on a terminal and never in CI; and the one-line summary every multi-file run ends with.
// Hand-rolled (~60 lines) rather than cli-progress: failures are printed while the bar is up, so the bar must clear
// itself, let the line through and redraw — which cli-progress's single bar cannot do.
import type { CliContext } from './context.js';
import type { ParseResult } from '../model/result.js';

/** Runs with at least this many files get a bar (when the terminal checks pass). */
export const PROGRESS_MIN_FILES = 200;

export interface ProgressGate {
  total: number;
  /** True when the command's report goes to standard output (a bar would tangle with it on a terminal). */
  reportOnStdout: boolean;
}

/** A bar only on a terminal: stderr and stdout are TTYs, `CI` is unset, the run is long and its report goes to a file. */
export function shouldShowProgress(ctx: CliContext, gate: ProgressGate): boolean {
  const ci = ctx.env.CI;
  if (ci !== undefined && ci !== '' && ci !== '0' && ci.toLowerCase() !== 'false') return false;
  return ctx.isTTY.stderr && ctx.isTTY.stdout && !gate.reportOnStdout && gate.total >= PROGRESS_MIN_FILES;
}

export interface Tally {
  ok: number;
  warnings: number;
  failed: number;
  notMinutes: number;
}

export function newTally(): Tally {
  return { ok: 0, warnings: 0, failed: 0, notMinutes: 0 };
}

/**
 * Counts one result: refused as not minutes, failed otherwise; a parsed file is failed with error findings, with
 * warnings with warning findings (validate passes its report's counts), else ok.
 */
export function count(t: Tally, r: ParseResult, findings: { errors: number; warnings: number } = { errors: 0, warnings: 0 }): void {
  if (!r.ok) {
    if (r.failure.code === 'not-minutes') t.notMinutes++;
    else t.failed++;
  } else if (findings.errors > 0) t.failed++;
  else if (findings.warnings > 0) t.warnings++;
  else t.ok++;
}

/** A file counted ok by `count` whose output could not be written after all: it failed. */
export function failAfterParse(t: Tally): void {
  t.ok--;
  t.failed++;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Every run over more than one input ends with the summary line on stderr, on a terminal or in a log. */
export function shouldShowSummary(ctx: CliContext, total: number): boolean {
  return total > 1;
}

export function summaryLine(t: Tally, seconds: number): string {
  const files = t.ok + t.warnings + t.failed + t.notMinutes;
  return `referat: ${plural(files, 'file', 'files')}: ${t.ok} ok, ${t.warnings} with warnings, ${t.failed} failed, ${t.notMinutes} not minutes (${seconds.toFixed(1)} s)\n`;
}

function clock(s: number): string {
  if (!Number.isFinite(s)) return '--:--';
  const m = Math.floor(s / 60);
  return `${m}:${String(Math.floor(s % 60)).padStart(2, '0')}`;
}

export interface Progress {
  tick(t: Tally): void;
  /** Prints a line above the bar. */
  log(s: string): void;
  stop(): void;
}

/**
 * Milliseconds on a monotonic clock. Not `performance.now()`: the `performance` global loads perf_hooks on first use,
 * ~4 ms of every `validate`/`convert` start for one clock reading.
 */
export function nowMs(): number {
  const [s, ns] = process.hrtime();
  return s * 1e3 + ns / 1e6;
}

/** A bar when `show`, otherwise a no-op that still lets log lines through. */
export function startProgress(ctx: CliContext, total: number, show: boolean, now: () => number = nowMs): Progress {
  if (!show) return { tick: () => {}, log: (s) => ctx.stderr(s), stop: () => {} };
  const started = now();
  let last = -Infinity;
  let drawn = false;
  let tally: Tally = newTally();
  const draw = () => {
    const done = tally.ok + tally.warnings + tally.failed + tally.notMinutes;
    const secs = (now() - started) / 1000;
    const rate = secs > 0 ? done / secs : 0;
    const eta = rate > 0 ? (total - done) / rate : Infinity;
    const width = 24;
    const fill = Math.round((done / Math.max(1, total)) * width);
    const bad = tally.failed + tally.notMinutes;
    ctx.stderr(`\r\x1b[K[${'█'.repeat(fill)}${'░'.repeat(width - fill)}] ${done}/${total} files · ${rate.toFixed(0)} files/s · ETA ${clock(eta)} · ${bad} failed`);
    drawn = true;
  };
  return {
    tick(t) {
      tally = t;
      const at = now();
      if (at - last < 100) return;
      last = at;
      draw();
    },
    log(s) {
      if (drawn) ctx.stderr('\r\x1b[K');
      ctx.stderr(s);
      if (drawn) draw();
    },
    stop() {
      if (drawn) ctx.stderr('\r\x1b[K');
      drawn = false;
    },
  };
}
