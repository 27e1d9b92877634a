// The real documents produce exactly their real findings, and nothing else (never cry wolf).
import { describe, expect, it } from 'vitest';
import { resolveSettings } from '../../src/lint/run.js';
import { findingsOf, lintFixture } from '../helpers/lint.js';

const lint = lintFixture;
const brief = (rel: string) => findingsOf(rel);

describe('seeds', () => {
  it('000: the 2020/2021 date mismatch at line 89, nothing else', () => {
    const r = lint('fixtures/seeds/000_ca038bd155db9ea1.txt');
    expect(r.diagnostics).toEqual([
      expect.objectContaining({ ruleId: 'date-mismatch', severity: 'warning', line: 89, column: 74, endColumn: 86, suggestion: '12. maj 2021' }),
    ]);
  });
  it('001: not minutes', () => expect(brief('fixtures/seeds/001_2c31612e13099a8f.txt')).toEqual(['1:1 not-minutes']));
  it('002: clean', () => expect(brief('fixtures/seeds/002_a672c7572da1fe7b.txt')).toEqual([]));
  it('003: the leaked HTML table in Punkt 3 and the two links without a target', () => {
    expect(brief('fixtures/seeds/003_bb815edab3661743.txt')).toEqual(['101:133 html-remnant', '168:113 placeholder-link', '262:288 placeholder-link']);
    const html = lint('fixtures/seeds/003_bb815edab3661743.txt').diagnostics[0]!;
    expect(html).toMatchObject({ line: 101, endLine: 106 });
  });
  it('004: Indstililng at line 715, with the suggestion', () => {
    expect(lint('fixtures/seeds/004_40ca9bec72c52870.txt').diagnostics).toEqual([
      expect.objectContaining({ ruleId: 'unknown-heading', line: 715, column: 1, suggestion: 'Indstilling' }),
    ]);
  });
});

describe('a cut-off file (Holbæk, items 3–10 listed but not in the excerpt)', () => {
  it('is one toc-mismatch finding naming the range and where the body ends, with each entry as a related location', () => {
    const d = lint('fixtures/corpus/019_holbaek-handicapraadet-2015-11-03.txt').diagnostics.find((x) => x.ruleId === 'toc-mismatch')!;
    expect(d.message).toBe('items 3–10 (8) are listed in the table of contents, but the body ends before them at line 69: the file is cut short; export it again in full, or remove them from the contents');
    expect(d.related?.map((r) => r.line)).toEqual([26, 27, 28, 29, 30, 31, 32, 33]);
  });
});

describe('corpus excerpts (cut off after ~2,000 bytes: what is missing is really missing)', () => {
  it.each([
    ['002_bronderslev-byraad-2020-01-29.txt', []],
    ['003_stevns-kb-2020-01-22.txt', ['1:1 meeting-fields', '1:1 meeting-fields', '19:1 missing-decision']],
    ['004_roskilde-kultur-idraet-2019-04-03.txt', []],
    // A cut-off file: the entries missing after the last item are one finding, not one each.
    ['007_egebjerg-kb-2002-05-15_docplayer.txt', ['1:1 meeting-fields', '12:1 toc-mismatch', '14:1 missing-decision']],
    ['008_roedovre-kb-2019-09-24.txt', ['1:1 meeting-fields', '1:1 meeting-fields']],
    ['011_aabenraa-tmu-2021-08-11-beslutningsprotokol.txt', ['30:1 missing-decision']],
    ['012_kk-oekonomiudvalget-2020-03-31-punkt1.txt', ['1:1 meeting-fields']],
    ['019_holbaek-handicapraadet-2015-11-03.txt', ['26:1 toc-mismatch', '69:1 missing-decision']],
    ['023_dragoer-aeldreraad-2016-02-22-blog.txt', ['13:1 item-numbering']],
  ])('%s', (file, want) => {
    expect(brief(`fixtures/corpus/${file}`)).toEqual(want);
  });
});

describe('settings', () => {
  it('an agenda has no decision findings', () => {
    const s = resolveSettings(null, [], { kind: 'agenda' });
    expect(lint('fixtures/lint/missing-decision/not-ok.txt', s).diagnostics).toEqual([]);
    expect(lint('fixtures/seeds/000_ca038bd155db9ea1.txt', s).diagnostics).toEqual([]);
  });
  it('--rule changes a severity or turns a rule off; --quiet does not run warnings', () => {
    expect(lint('fixtures/lint/missing-decision/not-ok.txt', resolveSettings(null, ['missing-decision=warn'])).diagnostics[0]!.severity).toBe('warning');
    expect(lint('fixtures/seeds/004_40ca9bec72c52870.txt', resolveSettings(null, ['unknown-heading=off'])).diagnostics).toEqual([]);
    expect(lint('fixtures/seeds/003_bb815edab3661743.txt', resolveSettings(null, [], { quiet: true })).diagnostics).toEqual([]);
  });
  it('rule options from the config: exempt titles', () => {
    const s = resolveSettings({ rules: { 'missing-decision': ['error', { exempt: ['Eventuelt', 'Godkendelse af referat fra mødet den 3. februar 2024'] }] } });
    expect(lint('fixtures/lint/missing-decision/not-ok.txt', s).diagnostics).toEqual([]);
  });
  it('a bad setting names the key', () => {
    expect(() => resolveSettings({ rules: { 'missing-desicion': 'warn' } })).toThrow(/^rules\.missing-desicion: unknown rule id/u);
    expect(() => resolveSettings({ rules: { 'missing-decision': ['error', { exempt: 'Eventuelt' }] } })).toThrow(/^rules\.missing-decision\[1\]\.exempt:/u);
    expect(() => resolveSettings({ rules: { 'time-order': ['error', { x: 1 }] } })).toThrow(/takes no options/u);
    expect(() => resolveSettings(null, ['missing-decision=loud'])).toThrow(/expected RULE=off\|warn\|error/u);
  });
});
