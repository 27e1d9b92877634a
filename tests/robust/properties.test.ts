// Property tests (fast-check): for arbitrary text and bytes, and for damaged copies of the real fixtures, parsing
// never throws and the result keeps every invariant (typed failure, or a Meeting in which every line belongs to
// exactly one node, all positions lie inside the file, and the JSON validates against the published schema).
// Runs are bounded so the suite stays fast; a failure prints the seed and the shrunk counterexample.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sourceFromString, splitLines } from '../../src/io/decode.js';
import { parseMinutes, parseSource } from '../../src/parse/index.js';
import { CORPUS, ROOT, SEEDS, listTxt } from '../helpers/fixtures.js';
import { minutesDoc, minutesText } from './arbitraries.js';
import { invariantErrors, validateSchema } from './invariants.js';

const RUNS = Number(process.env.REFERAT_PROPERTY_RUNS ?? 150);

function check(input: string | Uint8Array): string[] {
  let r;
  try {
    r = parseMinutes(input, { path: 'prop.txt' });
  } catch (e) {
    return [`threw: ${(e as Error).stack}`];
  }
  // The line count the parser must agree with: decode the same way it does, or split the string.
  let lines: number;
  if (typeof input === 'string') lines = splitLines(input.charCodeAt(0) === 0xfeff ? input.slice(1) : input).lines.length;
  else lines = r.ok ? r.meeting.source.lineCount : 0;
  return invariantErrors(r, 'prop.txt', lines);
}

describe('arbitrary input', () => {
  it('arbitrary strings: never throws, result keeps the invariants', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (s) => {
      expect(check(s)).toEqual([]);
    }), { numRuns: RUNS });
  });
  it('minutes-like text (headings, numbering, TOC, noise) in any order keeps the invariants', () => {
    fc.assert(fc.property(minutesText, (s) => {
      expect(check(s)).toEqual([]);
    }), { numRuns: RUNS * 3 });
  });
  it('generated documents in the known layouts, lightly damaged, keep the invariants', () => {
    fc.assert(
      fc.property(minutesDoc, (s) => {
        expect(check(s)).toEqual([]);
      }),
      { numRuns: RUNS * 2 },
    );
  });
  it('arbitrary bytes: never throws; binary or text, the result is typed', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 600 }), (b) => {
      expect(check(b)).toEqual([]);
    }), { numRuns: RUNS });
  });
  it('minutes-like text as bytes in every encoding keeps the invariants', () => {
    const enc = fc.constantFrom<(s: string) => Uint8Array>(
      (s) => Buffer.from(s, 'utf8'),
      (s) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(s, 'utf8')]),
      (s) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]),
    );
    fc.assert(fc.property(minutesText, enc, (s, e) => {
      expect(check(e(s))).toEqual([]);
    }), { numRuns: RUNS });
  });
});

// Damaged copies of the real documents.
const fixtures = [...listTxt(SEEDS), ...listTxt(CORPUS)].map((rel) => readFileSync(path.join(ROOT, rel), 'utf8').replace(/\r\n?/gu, '\n').replace(/\n$/u, '').split('\n'));

type Mutation = (lines: string[]) => string[];
const at = (n: number, k: number) => (n === 0 ? 0 : k % n);
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.nat().map((k): Mutation => (ls) => ls.filter((_, i) => i !== at(ls.length, k))),
  fc.tuple(fc.nat(), fc.integer({ min: 1, max: 40 })).map(([k, n]): Mutation => (ls) => {
    const i = at(ls.length, k);
    return [...ls.slice(0, i), ...ls.slice(i + n)];
  }),
  fc.nat().map((k): Mutation => (ls) => {
    const i = at(ls.length, k);
    return [...ls.slice(0, i + 1), ...ls.slice(i)];
  }),
  fc.tuple(fc.nat(), fc.nat()).map(([a, b]): Mutation => (ls) => {
    const out = [...ls];
    const i = at(ls.length, a);
    const j = at(ls.length, b);
    [out[i], out[j]] = [out[j]!, out[i]!];
    return out;
  }),
  fc.tuple(fc.nat(), fc.constantFrom('', '\u00a0', '  \u00a0  ', '\t')).map(([k, blank]): Mutation => (ls) => {
    const i = at(ls.length + 1, k);
    return [...ls.slice(0, i), blank, ...ls.slice(i)];
  }),
  fc.tuple(fc.nat(), fc.nat()).map(([a, b]): Mutation => (ls) => {
    // Move a block of lines elsewhere (sections out of order).
    const i = at(ls.length, a);
    const block = ls.slice(i, i + 8);
    const rest = [...ls.slice(0, i), ...ls.slice(i + 8)];
    const j = at(rest.length + 1, b);
    return [...rest.slice(0, j), ...block, ...rest.slice(j)];
  }),
  fc.nat().map((k): Mutation => (ls) => ls.slice(0, at(ls.length + 1, k))),
  fc.nat().map((k): Mutation => (ls) => ls.map((l, i) => (i % 7 === k % 7 ? l.replace(/ /gu, '\u00a0') : l))),
);

describe('damaged copies of the real fixtures', () => {
  it('delete, duplicate, swap, move, truncate lines; insert blank and NBSP lines; change line ends', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: fixtures.length - 1 }),
        fc.array(mutation, { minLength: 1, maxLength: 5 }),
        fc.constantFrom('\n', '\r\n', '\r'),
        fc.array(fc.constantFrom('\n', '\r\n', '\r'), { maxLength: 3 }),
        (f, muts, eol, odd) => {
          let ls = fixtures[f]!;
          for (const m of muts) ls = m(ls);
          // Mixed line ends: a few lines end differently.
          const text = ls.map((l, i) => l + (i < odd.length ? odd[i]! : eol)).join('');
          expect(check(text)).toEqual([]);
          expect(check(Buffer.from(text, 'utf8'))).toEqual([]);
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe('the properties are not vacuous', () => {
  it('generated documents mostly parse to a Meeting, so the Meeting invariants are exercised', () => {
    const samples = fc.sample(minutesDoc, { numRuns: 300, seed: 42 });
    const ok = samples.filter((s) => parseMinutes(s).ok).length;
    expect(ok / samples.length).toBeGreaterThan(0.6);
  });
  it('fails a Meeting with a gap, a position outside the file, or a schema violation', () => {
    const r = parseMinutes(readFileSync(path.join(ROOT, 'fixtures/seeds/000_ca038bd155db9ea1.txt')), { path: 'prop.txt' });
    if (!r.ok) throw new Error('seed 000 should parse');
    const n = r.meeting.source.lineCount;
    expect(invariantErrors(r, 'prop.txt', n)).toEqual([]);
    const gap = structuredClone(r.meeting);
    gap.headerBlock = null;
    expect(invariantErrors({ ok: true, meeting: gap }, 'prop.txt', n).join('\n')).toMatch(/belong to no node/u);
    const outside = structuredClone(r.meeting);
    outside.items[0]!.attachments.push({ name: 'x.pdf', extension: 'pdf', line: n + 5 } as never);
    expect(invariantErrors({ ok: true, meeting: outside }, 'prop.txt', n).join('\n')).toMatch(/positions outside/u);
    const bad = structuredClone(r.meeting) as unknown as { schemaVersion: unknown };
    bad.schemaVersion = 'one';
    expect(validateSchema(JSON.parse(JSON.stringify(bad)))).toBe(false);
    expect(invariantErrors({ ok: false, failure: { path: 'other.txt', code: 'empty', message: '' } }, 'prop.txt', 1)).toHaveLength(2);
  });
});

describe('section text as a slice of the source', () => {
  // With LF line ends the source keeps its decoded text and section text is sliced from it where no line needs
  // cleaning; without it, the lines are joined. Both must give the same Meeting.
  const same = (s: string) => {
    const withText = sourceFromString(s, 'prop.txt');
    const { text: _text, ...withoutText } = withText;
    expect(parseSource(withText)).toEqual(parseSource(withoutText));
  };
  it('minutes-like text', () => {
    fc.assert(fc.property(minutesText.map((t) => t.replace(/\r\n?/gu, '\n')), same), { numRuns: RUNS * 3 });
  });
  it('whole documents', () => {
    fc.assert(fc.property(minutesDoc.map((t) => t.replace(/\r\n?/gu, '\n')), same), { numRuns: RUNS * 2 });
  });
  it('the seeds and corpus', () => {
    for (const f of [...listTxt(SEEDS), ...listTxt(CORPUS)]) same(readFileSync(path.join(ROOT, f), 'utf8'));
  });
});
