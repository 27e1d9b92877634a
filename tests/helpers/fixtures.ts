// Shared test helpers: read fixtures as bytes and parse them the way the CLI does.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseMinutes } from '../../src/parse/index.js';
import type { Meeting } from '../../src/model/meeting.js';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const SEEDS = 'fixtures/seeds';
export const CORPUS = 'fixtures/corpus';

export function listTxt(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => `${dir}/${f}`);
}

export function parseFixture(rel: string) {
  return parseMinutes(readFileSync(path.join(ROOT, rel)), { path: rel });
}

export function meetingOf(rel: string): Meeting {
  const r = parseFixture(rel);
  if (!r.ok) throw new Error(`${rel}: ${r.failure.message}`);
  return r.meeting;
}

export const seed = (prefix: string) => listTxt(SEEDS).find((f) => path.basename(f).startsWith(prefix))!;
