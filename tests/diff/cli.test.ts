// `referat diff` end to end through `main`: exit codes as diff(1), formats, the failing file named, colour only when
// asked for or on a terminal (NO_COLOR honoured).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Diff } from '../../src/model/diff.js';
import { parseMinutes } from '../../src/parse/index.js';
import { caseFiles, runCli } from './helpers.js';
import { seed } from '../helpers/fixtures.js';

const ANSI = /\u001b\[\d+m/u;
const ins = caseFiles('item-inserted');

describe('referat diff', () => {
  it('exits 0 and says so when there are no differences', async () => {
    const r = await runCli(['diff', seed('003'), seed('003')]);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toContain('No differences.');
  });

  it('an unknown --format-hint is a usage error naming the families, not an internal error', async () => {
    const r = await runCli(['diff', seed('003'), seed('003'), '--format-hint', 'nope']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("referat: unknown --format-hint 'nope' (known: header-block, punkt, web-publication, pdf-transcript, free-form, table, generic)\n");
  });

  it('an agenda whose Beslutning headings are empty, against its minutes: decisions added, not modified', async () => {
    const lines = readFileSync(seed('000'), 'utf8').split('\n');
    const minutes = parseMinutes(lines.join('\n'));
    if (!minutes.ok) throw new Error('seed 000 parses');
    // Empty every decision: its heading stays, the lines of its text become blank.
    const agenda = [...lines];
    for (const it of minutes.meeting.items) for (const s of it.sections) if (s.kind === 'decision' && s.heading !== null) agenda.fill('', s.line, s.endLine);
    const dir = mkdtempSync(path.join(tmpdir(), 'referat-agenda-'));
    writeFileSync(path.join(dir, 'agenda.txt'), agenda.join('\n'));
    const r = await runCli(['diff', path.join(dir, 'agenda.txt'), seed('000'), '--format', 'json']);
    const decisions = Diff.parse(JSON.parse(r.stdout)).items.flatMap((i) => i.sections.filter((s) => s.kind === 'decision'));
    expect(decisions.length).toBeGreaterThan(3);
    expect(new Set(decisions.map((s) => s.change))).toEqual(new Set(['added']));
  });

  it('a renamed section heading is a difference, also where its text is the same', async () => {
    const text = readFileSync(seed('000'), 'utf8');
    const from = text.indexOf('\n2. Godkendelse af referat fra møde i Socialdirektørforum den 12. maj 2021\n\nGodkendelse');
    const to = text.indexOf('\n3. Anvendelse af standardkontrakterne udarbejdet af KL\n\nAnvendelse');
    const dir = mkdtempSync(path.join(tmpdir(), 'referat-heading-'));
    writeFileSync(path.join(dir, 'after.txt'), text.slice(0, from) + text.slice(from, to).replace('\nIndstilling\n', '\nForslag til beslutning\n') + text.slice(to));
    const r = await runCli(['diff', seed('000'), path.join(dir, 'after.txt'), '--format', 'json']);
    expect(r.code).toBe(1);
    const d = Diff.parse(JSON.parse(r.stdout));
    expect(d.items.map((i) => [i.after?.number, i.sections.map((s) => [s.kind, s.headingBefore, s.heading, s.words.length])])).toEqual([['2', [['recommendation', 'Indstilling', 'Forslag til beslutning', 0]]]]);
    const t = await runCli(['diff', seed('000'), path.join(dir, 'after.txt')]);
    expect(t.stdout).toContain('recommendation (Forslag til beslutning): heading renamed from Indstilling');
  });

  it('exits 1 with a text report when there are differences', async () => {
    const r = await runCli(['diff', ins.before, ins.after]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('items 3–9 renumbered to 4–10');
    expect(r.stdout).not.toMatch(ANSI);
  });

  it('--format json prints a Diff valid against the schema', async () => {
    const r = await runCli(['diff', ins.before, ins.after, '--format', 'json']);
    expect(r.code).toBe(1);
    const d = Diff.parse(JSON.parse(r.stdout));
    expect(d.items.map((i) => i.change)).toEqual(['added', ...Array<string>(7).fill('renumbered')]);
  });

  it('--format markdown prints Markdown', async () => {
    const r = await runCli(['diff', ins.before, ins.after, '--format', 'markdown']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('- **Added** item 3: Orientering om Rammeaftale 2022\n- Items 3–9 renumbered to 4–10');
  });

  it('exits 2 and names the file that is not minutes', async () => {
    const r = await runCli(['diff', seed('000'), seed('001')]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`${seed('001')}: not recognised as minutes`);
  });

  it('exits 2 and names a missing file', async () => {
    const r = await runCli(['diff', 'fixtures/diff/no-such-file.txt', seed('000')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('fixtures/diff/no-such-file.txt: no such file');
  });

  it('exits 2 when given a folder', async () => {
    const r = await runCli(['diff', 'fixtures/diff/decision-edited', ins.after]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("'fixtures/diff/decision-edited' is a folder or glob");
  });

  it('exits 2 on an unknown format', async () => {
    const r = await runCli(['diff', ins.before, ins.after, '--format', 'html']);
    expect(r.code).toBe(2);
  });

  it('colours on a terminal, not under NO_COLOR or --no-color, and with --color when piped', async () => {
    expect((await runCli(['diff', ins.before, ins.after], { tty: true })).stdout).toMatch(ANSI);
    expect((await runCli(['diff', ins.before, ins.after], { tty: true, env: { NO_COLOR: '1' } })).stdout).not.toMatch(ANSI);
    expect((await runCli(['diff', ins.before, ins.after, '--no-color'], { tty: true })).stdout).not.toMatch(ANSI);
    expect((await runCli(['diff', ins.before, ins.after, '--color'])).stdout).toMatch(ANSI);
    expect((await runCli(['diff', ins.before, ins.after], { env: { FORCE_COLOR: '1' } })).stdout).toMatch(ANSI);
  });

  it('never colours JSON', async () => {
    expect((await runCli(['diff', ins.before, ins.after, '--format', 'json', '--color'], { tty: true })).stdout).not.toMatch(ANSI);
  });
});
