// CSV tables: RFC 4180 and the Danish Excel profile, round trips through csv-parse, formula injection.
import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvHeader, csvRecords, excelSafe } from '../../src/tables/csv.js';
import { TABLES, TABLE_NAMES, type Row, toRows } from '../../src/tables/rows.js';
import { referat } from '../helpers/cli.js';
import { meetingOf, seed } from '../helpers/fixtures.js';

const tricky = [
  'Godkendt.\nMed to linjer; og "citater", kommaer, og æøå ÆØÅ.',
  '=SUM(A1:A2)',
  '+45 12 34 56 78',
  '-DAS godkender dagsordenen',
  '@bruger',
  '\tfaneblad',
  '\r\nlinjeskift først',
  'helt almindelig tekst',
  '',
];

function decisionRows(texts: string[]): Row[] {
  return texts.map((t, k) => ({ file: 'a.txt', committee: 'Udvalg; for "X"', meeting_date: '2024-05-12', meeting_title: 'Møde', item_number: String(k + 1), item_title: 'Titel, med komma', outcome: 'approved', outcomes: 'approved', closed: false, decision: t, decision_line: 10 + k }));
}

describe('plain CSV (RFC 4180)', () => {
  it('round-trips every text verbatim through a CSV parser', () => {
    const csv = csvHeader('decisions', { excel: false }) + csvRecords('decisions', decisionRows(tricky), { excel: false });
    const back = parse(csv, { columns: true, relax_column_count: false }) as Record<string, string>[];
    expect(back.map((r) => r.decision)).toEqual(tricky);
    expect(back[0]!.committee).toBe('Udvalg; for "X"');
    expect(Object.keys(back[0]!)).toEqual(TABLES.decisions.columns.map((c) => c.key));
    expect(csv.startsWith('file,committee,')).toBe(true);
    expect(csv.includes('\r\n')).toBe(true);
    // a text with bare line feeds is quoted, so a reader that splits records on any line break cannot cut the row
    expect(csv).toContain('"Godkendt.\nMed to linjer; og ""citater"", kommaer, og æøå ÆØÅ."');
    const strict = parse(csv, { columns: true, record_delimiter: ['\n', '\r\n'] }) as Record<string, string>[];
    expect(strict.map((r) => r.decision)).toEqual(tricky);
  });
});

describe('Excel profile (--excel)', () => {
  const csv = csvHeader('decisions', { excel: true }) + csvRecords('decisions', decisionRows(tricky), { excel: true });
  it('starts with a UTF-8 BOM, uses ; and CRLF, quotes text', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1).startsWith('"file";"committee";')).toBe(true);
    expect(csv.split('\r\n').length).toBeGreaterThan(tricky.length);
  });
  it('neutralises formula cells and keeps everything else; round-trips through csv-parse', () => {
    const back = parse(csv, { columns: true, delimiter: ';', bom: true }) as Record<string, string>[];
    expect(back.map((r) => r.decision)).toEqual(tricky.map((t) => (/^[=+\-@\t\r\n]/u.test(t) ? `'${t}` : t)));
    expect(back[0]!.closed).toBe('nej');
    expect(back[0]!.decision_line).toBe('10');
  });
  it('never lets a cell start with a character Excel would run (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite', maxLength: 30 }), (s) => {
        const out = excelSafe(s);
        expect(/^[=+\-@\t\r\n\0＝＋－＠]/u.test(out)).toBe(false);
        expect(out === s || out === `'${s}`).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('tables from real minutes', () => {
  const m = meetingOf(seed('004'));
  it('decisions: one row per item with a decision, with its source line', () => {
    const rows = toRows(m, 'decisions');
    expect(rows).toHaveLength(14);
    expect(rows[4]).toMatchObject({ item_number: '5', outcome: 'postponed', outcomes: 'discussed | postponed | approved', decision_line: 270 });
  });
  it('items: every item, recommendation and decision empty when absent', () => {
    const rows = toRows(m, 'items');
    expect(rows).toHaveLength(16);
    expect(rows[14]).toMatchObject({ item_title: 'Eventuelt', decision: null, recommendation: null, outcome: null });
  });
  it('attachments and participants carry their meeting (and item)', () => {
    expect(toRows(m, 'attachments')[0]).toMatchObject({ committee: 'Socialdirektørforum', item_number: '2', extension: null });
    const p = toRows(meetingOf(seed('003')), 'participants');
    expect(p).toHaveLength(17);
    expect(p.filter((r) => r.absent)).toHaveLength(5);
  });
  it('every table has its columns documented', () => {
    for (const t of TABLE_NAMES) for (const c of TABLES[t].columns) expect(c.key).toMatch(/^[a-z_]+$/u);
  });
});

describe('referat convert --to csv', () => {
  it('writes decisions for a folder, reports the refused file, exit 1', () => {
    const r = referat(['convert', 'fixtures/seeds', '--to', 'csv', '--table', 'decisions']);
    expect(r.code).toBe(1);
    const rows = parse(r.stdout, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(8 + 9 + 10 + 14);
    expect(r.stderr).toContain('001_2c31612e13099a8f.txt: not recognised');
  });
  it('writes an Excel file atomically with -o', () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'referat-csv-')), 'beslutninger.csv');
    const r = referat(['convert', 'fixtures/corpus', '--to', 'csv', '--table', 'decisions', '--excel', '-o', out]);
    expect(r.code).toBe(0);
    const bytes = readFileSync(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(bytes, { columns: true, delimiter: ';', bom: true }) as Record<string, string>[];
    expect(rows.length).toBe(21);
    expect(rows.some((x) => x.decision!.startsWith("'"))).toBe(false);
  });
  it.each(['items', 'attachments', 'participants'])('--table %s', (table) => {
    const r = referat(['convert', 'fixtures/seeds/003_bb815edab3661743.txt', '--to', 'csv', '--table', table]);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\r\n')[0]).toBe(TABLES[table as 'items'].columns.map((c) => c.key).join(','));
  });
  it('refuses an unknown table with exit 2', () => {
    const r = referat(['convert', 'fixtures/seeds', '--to', 'csv', '--table', 'nope']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown --table 'nope'");
  });
});
