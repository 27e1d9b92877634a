// The text helpers run on every line, so they are written as character loops; these properties pin each one to the
// plain regex definition it replaces.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanLine, cleanTextLine, squash } from '../../src/parse/text.js';

/** Characters that exercise every branch: ASCII and Unicode white space, invisible characters, letters, controls. */
const CHARS = [' ', '\t', '\r', '\u000b', '\f', '\u00a0', '\u2007', '\u200a', '\u202f', '\u3000', '\u2028', '\u1680', '\u205f', '\u200b', '\u200d', '\u2060', '\u00ad', '\ufeff', '\u0001', 'a', 'Æ', 'ø', '.', '1'];
const line = fc.array(fc.constantFrom(...CHARS), { maxLength: 16 }).map((a) => a.join(''));

describe('squash', () => {
  const reference = (s: string) => cleanLine(s).replace(/\s+/gu, ' ').trim();

  it('equals cleanLine + fold white-space runs + trim, on any mix of white space and invisible characters', () => {
    fc.assert(fc.property(line, (s) => squash(s) === reference(s)), { numRuns: 20000 });
  });

  it('equals the reference on arbitrary UTF-16 strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 24 }), (s) => squash(s) === reference(s)), { numRuns: 20000 });
  });

  it('returns the same string object for a line that needs no change', () => {
    const s = 'Beslutning i Økonomiudvalget';
    expect(squash(s)).toBe(s);
    expect(squash('\u00a0 Godkendt.\u00a0')).toBe('Godkendt.');
    expect(squash('a\u200b  b')).toBe('a b');
  });
});

describe('cleanLine and cleanTextLine', () => {
  const clean = (s: string) =>
    s
      .replace(/\f/gu, '')
      .replace(/[\v\u00a0\u2007\u202f\u2000-\u200a\u3000]/gu, ' ')
      .replace(/[\u200b\u200c\u200d\u2060\ufeff\u00ad]/gu, '');

  it('cleanLine maps every space-like character to a space, drops invisible ones and form feeds, as three regexes do', () => {
    fc.assert(fc.property(line, (s) => cleanLine(s) === clean(s)), { numRuns: 20000 });
  });

  it('cleanTextLine is cleanLine without trailing white space', () => {
    fc.assert(fc.property(line, (s) => cleanTextLine(s) === clean(s).replace(/\s+$/u, '')), { numRuns: 20000 });
  });
});
