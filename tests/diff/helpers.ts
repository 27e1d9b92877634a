// Diff test helpers: parse a case's before/after files the way the CLI does, and a fake CLI context.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { diffMeetings, type DiffOptions } from '../../src/diff/index.js';
import type { CliContext } from '../../src/cli/context.js';
import { main } from '../../src/cli/main.js';
import { ROOT, meetingOf } from '../helpers/fixtures.js';

export const DIFF = 'fixtures/diff';
export const CASES = ['decision-edited', 'item-inserted', 'item-removed', 'retitled-location', 'attendance-time', 'agenda-minutes', 'item-moved'] as const;

export const caseFiles = (name: string) => ({ before: `${DIFF}/${name}/before.txt`, after: `${DIFF}/${name}/after.txt` });

export function diffCase(name: string, opts: DiffOptions = {}) {
  const f = caseFiles(name);
  return diffMeetings(meetingOf(f.before), meetingOf(f.after), opts);
}

export const readRel = (rel: string) => readFileSync(path.join(ROOT, rel));

export async function runCli(argv: string[], opts: { env?: NodeJS.ProcessEnv; tty?: boolean } = {}) {
  let stdout = '';
  let stderr = '';
  const ctx: CliContext = {
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
    env: opts.env ?? {},
    cwd: ROOT,
    isTTY: { stdout: opts.tty ?? false, stderr: opts.tty ?? false },
  };
  const code = await main(argv, ctx);
  return { code, stdout, stderr };
}
