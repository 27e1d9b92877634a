// The first-character gates of the detectors must let through every character a case-insensitive pattern matches, or
// detection would change. The patterns use `i` without `u` (cheaper to compile); the gates also admit the wider `iu`
// partners (the Kelvin sign for `k`, the long s for `s`), which costs nothing but a regex call.
import { describe, expect, it } from 'vitest';
import { firstCodes } from '../../src/formats/evidence.js';
import { punkt } from '../../src/formats/punkt.js';
import { webPublication } from '../../src/formats/web-publication.js';
import { makeDoc } from '../../src/parse/doc.js';
import { toNFC } from '../../src/io/decode.js';

describe('detector gates', () => {
  it('firstCodes admits every code unit that matches a letter under the iu flags, and so every one under i', () => {
    for (const ch of 'abcdefghijklmnopqrstuvwxyzæøå•0') {
      const re = new RegExp(`^${ch}$`, 'iu');
      const plain = new RegExp(`^${ch}$`, 'i');
      const want: number[] = [];
      const wantPlain: number[] = [];
      for (let c = 0; c <= 0xffff; c++) {
        if (c >= 0xd800 && c <= 0xdfff) continue;
        if (re.test(String.fromCharCode(c))) want.push(c);
        if (plain.test(String.fromCharCode(c))) wantPlain.push(c);
      }
      const got = firstCodes(ch).sort((a, b) => a - b);
      expect(got).toEqual(want);
      expect(wantPlain.filter((c) => !got.includes(c))).toEqual([]);
    }
  });

  it('reads a Kelvin-sign K as K once decoding has applied NFC, and a long s as no s', () => {
    const lines = ['\u017fAG NR. 12 Budget', '', 'PUN\u212AT 3', 'Titel', '', 'Punkt 4.'];
    expect(punkt.detect(makeDoc(lines.map(toNFC))).reasons).toContain("2 'Punkt N.' lines");
    expect(punkt.detect(makeDoc(lines)).reasons).toContain("1 'Punkt N.' lines");
    expect(webPublication.detect(makeDoc(lines.map(toNFC))).reasons).toEqual([]);
  });
});
