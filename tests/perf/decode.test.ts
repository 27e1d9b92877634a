// The hand-written Windows-1252 decoder (kept off iconv-lite for cold start) must agree with iconv-lite on every byte.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeWindows1252 } from '../../src/io/decode.js';

describe('decodeWindows1252', () => {
  it('maps all 256 bytes like iconv-lite', () => {
    const all = Buffer.alloc(256);
    for (let i = 0; i < 256; i++) all[i] = i;
    expect(decodeWindows1252(all)).toBe(iconv.decode(all, 'windows-1252'));
  });
  it('decodes Danish text and a sub-array view', () => {
    const bytes = iconv.encode('xx Økonomiudvalget godkendte “indstillingen” – 5 € æøå', 'windows-1252');
    const view = new Uint8Array(bytes.buffer, bytes.byteOffset + 3, bytes.length - 3);
    expect(decodeWindows1252(view)).toBe('Økonomiudvalget godkendte “indstillingen” – 5 € æøå');
  });
});
