// Bytes → text: which files are refused as binary (and what people are told), which encoding is chosen, and how
// lines are split. The whole-file behaviour is in encodings.test.ts and tests/cli/hostile.test.ts.
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeSource, describeBinary, detectEncoding, splitLines, toNFC, utf8Evidence } from '../../src/io/decode.js';

const b = (...xs: number[]) => Uint8Array.from(xs);

describe('detectEncoding', () => {
  it.each([
    ['PDF', b(0x25, 0x50, 0x44, 0x46, 0x2d, 0x31)],
    ['ZIP/DOCX', b(0x50, 0x4b, 0x03, 0x04, 0x14)],
    ['ZIP/DOCX', b(0x50, 0x4b, 0x05, 0x06, 0)],
    ['Word 97-2003 (.doc)', b(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)],
    ['PNG image', b(0x89, 0x50, 0x4e, 0x47, 0x0d)],
    ['JPEG image', b(0xff, 0xd8, 0xff, 0xe0)],
    ['TIFF image', b(0x49, 0x49, 0x2a, 0x00, 8)],
    ['gzip', b(0x1f, 0x8b, 8)],
    ['UTF-32', b(0xff, 0xfe, 0, 0, 0x41, 0, 0, 0)],
    ['binary data (NUL bytes)', b(0x41, 0x42, 0, 0x43, 0x44, 0x45, 0x46, 0x47, 0x48, 0x49)],
  ])('%s', (kind, bytes) => {
    expect(detectEncoding(bytes)).toEqual({ binary: kind });
  });
  it('picks UTF-16 without a BOM from the zero bytes, and never mistakes text for a signature', () => {
    expect(detectEncoding(iconv.encode('Referat af mødet', 'utf16le'))).toMatchObject({ encoding: 'utf-16le', bom: 0 });
    expect(detectEncoding(iconv.encode('Referat af mødet', 'utf16be'))).toMatchObject({ encoding: 'utf-16be', bom: 0 });
    // "PK" and "BM" can start ordinary text; only full signatures count.
    expect(detectEncoding(Buffer.from('PK-udvalget\nBeslutning'))).toMatchObject({ encoding: 'utf-8', bom: 0 });
  });
  it('empty and ASCII input is UTF-8', () => {
    expect(detectEncoding(b())).toMatchObject({ encoding: 'utf-8', bom: 0 });
    expect(detectEncoding(Buffer.from('abc'))).toMatchObject({ encoding: 'utf-8', bom: 0 });
  });
});

describe('describeBinary', () => {
  it('every message says what the file is and what to do', () => {
    for (const kind of ['PDF', 'ZIP/DOCX', 'Word 97-2003 (.doc)', 'RTF', 'PNG image', 'gzip', 'UTF-32', 'binary data (NUL bytes)', 'binary data (control bytes)', 'program (ELF)']) {
      const m = describeBinary(kind);
      expect(m).toMatch(/^this (is|file)/u);
      expect(m).toMatch(/ — .*(export|save|unpack|open)/u);
    }
  });
});

describe('decodeSource', () => {
  it('refuses NUL bytes after a BOM and in UTF-16', () => {
    expect(decodeSource(Buffer.concat([b(0xef, 0xbb, 0xbf), Buffer.from('ab\0cd')]), 'x')).toMatchObject({ ok: false, binary: 'binary data (NUL bytes)' });
    expect(decodeSource(Buffer.concat([b(0xff, 0xfe), iconv.encode('ab\0cd', 'utf16le')]), 'x')).toMatchObject({ ok: false });
  });
  it('normalises decomposed letters (macOS, PDF text) to NFC', () => {
    const r = decodeSource(Buffer.from('Ra\u030adhus\n'), 'x');
    expect(r.ok && r.source.lines).toEqual(['Rådhus']);
  });
});

describe('utf8Evidence', () => {
  it('counts well-formed sequences and stray bytes', () => {
    expect(utf8Evidence(Buffer.from('æøå'))).toEqual({ multi: 3, invalid: 0, utf8Lines: 1, invalidLines: 0 });
    expect(utf8Evidence(iconv.encode('æøå', 'windows-1252'))).toEqual({ multi: 0, invalid: 3, utf8Lines: 0, invalidLines: 1 });
    expect(utf8Evidence(b(0xe2, 0x82))).toEqual({ multi: 0, invalid: 2, utf8Lines: 0, invalidLines: 1 });
  });
  it('counts lines that are UTF-8 with non-ASCII text, and lines with an invalid byte (LF, CR and CRLF ends)', () => {
    const mixed = Buffer.concat([Buffer.from('Mødet\r\nplain\n'), iconv.encode('Søren Æbelø', 'windows-1252'), Buffer.from('\rÅse\n')]);
    expect(utf8Evidence(mixed)).toEqual({ multi: 2, invalid: 3, utf8Lines: 2, invalidLines: 1 });
  });
});

describe('splitLines', () => {
  it.each([
    ['', [], 'none'],
    ['a', ['a'], 'none'],
    ['a\n', ['a'], 'lf'],
    ['a\n\n', ['a', ''], 'lf'],
    ['a\r\nb', ['a', 'b'], 'crlf'],
    ['a\rb\r', ['a', 'b'], 'cr'],
    ['a\r\n\rb\nc', ['a', '', 'b', 'c'], 'mixed'],
    ['\r\r\n\n', ['', '', ''], 'mixed'],
  ])('%j', (text, lines, ending) => {
    expect(splitLines(text)).toEqual({ lines, lineEnding: ending });
  });
});

describe('toNFC', () => {
  it('equals String#normalize("NFC") on any text, including astral characters and singletons', () => {
    const special = fc.constantFrom('\u0301', '\u030a', '\u0340', '\u2000', '\u2001', '\u2126', '\u212b', '\u2329', '\ud834\udd5e', '\u{2f800}', 'a', 'Å', 'å', '–', '”', '\uf0b7', '\u00a0', '\u1100', '\u1161', '\uac00', '\u0958');
    const text = fc.array(fc.oneof(special, fc.string({ unit: 'grapheme', maxLength: 5 }), fc.string({ unit: 'binary', maxLength: 5 })), { maxLength: 12 }).map((xs) => xs.join(''));
    fc.assert(
      fc.property(text, (s) => {
        expect(toNFC(s)).toBe(s.normalize('NFC'));
      }),
      { numRuns: 1000 },
    );
  });
  it('leaves Danish minutes text as it is without copying', () => {
    const s = 'Beslutning – “Godkendt” • 100 € … ø æ å Å\u00a0';
    expect(toNFC(s)).toBe(s);
    expect(s.normalize('NFC')).toBe(s);
  });
});
