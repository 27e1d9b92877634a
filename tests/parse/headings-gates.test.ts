// matchHeadingSquashed and matchCommitteeLineSquashed skip most lines on cheap character tests before lower-casing or
// running a regex. These cases sit on the edges of those tests (expected values from the matchers before the tests
// were added): case-folding characters (Kelvin sign, long s, dotted I), long lines, the `pkt. N.:` ending. The patterns
// are case-insensitive without the `u` flag: text reaches them in NFC, where the Kelvin sign is already a K.
import { describe, expect, it } from 'vitest';
import { toNFC } from '../../src/io/decode.js';
import { matchCommitteeLineSquashed, matchHeadingSquashed } from '../../src/parse/headings.js';

const kind = (s: string) => matchHeadingSquashed(s)?.kind ?? null;

describe('heading gates', () => {
  it('reads headings in NFC text: a Kelvin sign is K only after NFC, a long s is never an s', () => {
    expect(kind(toNFC('Økonomiske og personalemæssige \u212aonsekvenser'))).toBe('other');
    expect(kind('Økonomiske og personalemæssige \u212aonsekvenser')).toBe(null);
    expect(kind('Økonomiske \u212aonsekvenser: x')).toBe(null);
    expect(kind('Udvalgets be\u017flutning')).toBe(null);
  });

  it('keeps near misses, a dotted capital I included', () => {
    expect(matchHeadingSquashed('İndstilling')).toMatchObject({ kind: 'recommendation', exact: false, suggestion: 'Indstilling' });
    expect(matchHeadingSquashed('Indstililng')).toMatchObject({ kind: 'recommendation', exact: false, suggestion: 'Indstilling' });
  });

  it('keeps long pattern headings and rejects long text', () => {
    expect(kind('Beslutning i Økonomiudvalget den 12-05-2021 om en meget lang sag der bliver ved og ved og ved')).toBe('decision');
    expect(kind('beslutning truffet af udvalget om en meget lang sag der bliver ved og ved og ved uden dato')).toBe(null);
    expect(kind('Indstilling fra direktionen og forvaltningen i fællesskab')).toBe('recommendation');
    expect(kind('Økonomiudvalgets beslutning den 5. maj 2021')).toBe('decision');
    expect(kind('Dette er en helt almindelig sætning uden nogen overskrift.')).toBe(null);
  });
});

describe('committee line gates', () => {
  it('reads every ending of a Sagsgang line', () => {
    for (const s of ['Økonomiudvalget, 12-05-2021, pkt. 3.:', 'Økonomiudvalget, 12-05-2021, pkt. 3', 'Økonomiudvalget, 12-05-2021, pkt.3.']) {
      expect(matchCommitteeLineSquashed(s)).toEqual({ committee: 'Økonomiudvalget', date: '12-05-2021', number: '3', inline: null });
    }
    expect(matchCommitteeLineSquashed('Økonomiudvalget, 12-05-2021, pkt. 3 og 4')).toBe(null);
  });

  it('needs an upper-case first letter for a dated committee line', () => {
    expect(matchCommitteeLineSquashed('Økonomiudvalget den 12.05.2021: Anbefales.')).toEqual({ committee: 'Økonomiudvalget', date: '12.05.2021', number: null, inline: 'Anbefales.' });
    expect(matchCommitteeLineSquashed('økonomiudvalget den 12.05.2021: Anbefales.')).toBe(null);
  });
});
