// The first-character gates of the detectors must let through every character a case-insensitive Unicode pattern
// matches (the Kelvin sign for `k`, the long s for `s`), or detection would change.
import { describe, expect, it } from 'vitest';
import { firstCodes } from '../../src/formats/evidence.js';
import { punkt } from '../../src/formats/punkt.js';
import { webPublication } from '../../src/formats/web-publication.js';
import { makeDoc } from '../../src/parse/doc.js';

describe('detector gates', () => {
  it('firstCodes admits every code unit that matches a letter under the iu flags', () => {
    for (const ch of 'abcdefghijklmnopqrstuvwxyzæøå•0') {
      const re = new RegExp(`^${ch}$`, 'iu');
      const want: number[] = [];
      for (let c = 0; c <= 0xffff; c++) if (!(c >= 0xd800 && c <= 0xdfff) && re.test(String.fromCharCode(c))) want.push(c);
      expect(firstCodes(ch).sort((a, b) => a - b)).toEqual(want);
    }
  });

  it('counts lines that start with a case partner outside ASCII', () => {
    const doc = makeDoc(['\u017fAG NR. 12 Budget', '', 'PUN\u212AT 3', 'Titel', '', 'Punkt 4.']);
    expect(webPublication.detect(doc).reasons).toContain("1 × 'Sag nr. N' item");
    expect(punkt.detect(doc).reasons).toContain("2 'Punkt N.' lines");
  });
});
