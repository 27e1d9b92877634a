// Bytes → text: refuse binary files with a reason, pick the encoding (BOM, UTF-16 heuristic, strict UTF-8, else
// Windows-1252), and split lines on LF, CRLF and CR. Nothing here knows what minutes are.
// Windows-1252 is decoded with its 32-entry table (the same mapping as iconv-lite, checked byte for byte in
// tests/perf/decode.test.ts) so the CLI does not load iconv-lite's hundreds of KB of code pages on every start.
import type { Encoding, LineEnding } from '../model/meeting.js';

export interface SourceText {
  path: string;
  encoding: Encoding;
  bom: boolean;
  lineEnding: LineEnding;
  /** The decoded lines, without their line ends. A final line end does not start another line. */
  lines: string[];
}

export type Sniffed = { binary: false } | { binary: true; kind: string };

const SIGNATURES: Array<[number[], string]> = [
  [[0x25, 0x50, 0x44, 0x46, 0x2d], 'PDF'],
  [[0x50, 0x4b, 0x03, 0x04], 'ZIP/DOCX'],
  [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 'Word 97-2003 (.doc)'],
  [[0x7b, 0x5c, 0x72, 0x74, 0x66], 'RTF'],
  [[0x89, 0x50, 0x4e, 0x47], 'PNG image'],
  [[0xff, 0xd8, 0xff], 'JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'GIF image'],
  [[0x1f, 0x8b], 'gzip'],
];

function startsWith(buf: Uint8Array, sig: number[]): boolean {
  if (buf.length < sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (buf[i] !== sig[i]) return false;
  return true;
}

/** Detects the encoding from the bytes; returns 'binary' with a kind for files that are not text. */
export function detectEncoding(buf: Uint8Array): { encoding: Encoding; bom: number } | { binary: string } {
  const d = detect(buf);
  return 'binary' in d ? d : { encoding: d.encoding, bom: d.bom };
}

/** detectEncoding, keeping the text the strict UTF-8 check decoded so it is not decoded twice. */
function detect(buf: Uint8Array): { encoding: Encoding; bom: number; text?: string } | { binary: string } {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return { encoding: 'utf-8', bom: 3 };
  if (buf[0] === 0xff && buf[1] === 0xfe && buf[2] === 0 && buf[3] === 0) return { binary: 'UTF-32' };
  if (buf[0] === 0xff && buf[1] === 0xfe) return { encoding: 'utf-16le', bom: 2 };
  if (buf[0] === 0xfe && buf[1] === 0xff) return { encoding: 'utf-16be', bom: 2 };
  for (const [sig, kind] of SIGNATURES) if (startsWith(buf, sig)) return { binary: kind };
  // UTF-16 without a BOM: Latin text has a zero byte in every other position.
  const n = Math.min(buf.length, 4096) & ~1;
  let even0 = 0;
  let odd0 = 0;
  for (let i = 0; i < n; i += 2) {
    if (buf[i] === 0) even0++;
    if (buf[i + 1] === 0) odd0++;
  }
  const pairs = n / 2;
  if (pairs >= 4 && odd0 / pairs > 0.3 && even0 / pairs < 0.05) return { encoding: 'utf-16le', bom: 0 };
  if (pairs >= 4 && even0 / pairs > 0.3 && odd0 / pairs < 0.05) return { encoding: 'utf-16be', bom: 0 };
  if (buf.indexOf(0) !== -1) return { binary: 'binary data (NUL bytes)' };
  let controls = 0;
  const m = Math.min(buf.length, 65536);
  for (let i = 0; i < m; i++) {
    const b = buf[i]!;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x0b) controls++;
  }
  if (m > 0 && controls / m > 0.01) return { binary: 'binary data (control bytes)' };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
    return { encoding: 'utf-8', bom: 0, text };
  } catch {
    return { encoding: 'windows-1252', bom: 0 };
  }
}

/** Bytes 0x80–0x9F in Windows-1252 (iconv-lite's mapping: U+FFFD for the five unassigned bytes); the rest is Latin-1. */
const CP1252_80_9F = [
  0x20ac, 0xfffd, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0xfffd, 0x017d, 0xfffd,
  0xfffd, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0xfffd, 0x017e, 0x0178,
].map((c) => String.fromCharCode(c));

export function decodeWindows1252(body: Uint8Array): string {
  const latin1 = Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('latin1');
  return latin1.replace(/[\x80-\x9f]/gu, (ch) => CP1252_80_9F[ch.charCodeAt(0) - 0x80]!);
}

/** Decodes bytes with the given encoding, skipping `bom` bytes. */
export function decodeBytes(buf: Uint8Array, encoding: Encoding, bom: number): string {
  const body = buf.subarray(bom);
  if (encoding === 'windows-1252') return decodeWindows1252(body);
  return new TextDecoder(encoding, { ignoreBOM: true }).decode(body);
}

/** Splits text into lines on LF, CRLF and CR, and reports which line ends were seen. Linear, no regex. */
export function splitLines(text: string): { lines: string[]; lineEnding: LineEnding } {
  const lines: string[] = [];
  if (text.indexOf('\r') === -1) {
    // LF only (the common case): let the native indexOf find the line ends.
    let from = 0;
    let count = 0;
    for (let j = text.indexOf('\n'); j !== -1; j = text.indexOf('\n', from)) {
      lines.push(text.slice(from, j));
      count++;
      from = j + 1;
    }
    if (from < text.length) lines.push(text.slice(from));
    return { lines, lineEnding: count > 0 ? 'lf' : 'none' };
  }
  let start = 0;
  let lf = 0;
  let crlf = 0;
  let cr = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      lines.push(text.slice(start, i));
      lf++;
      start = i + 1;
    } else if (c === 13) {
      lines.push(text.slice(start, i));
      if (text.charCodeAt(i + 1) === 10) {
        crlf++;
        i++;
      } else cr++;
      start = i + 1;
    }
  }
  if (start < n) lines.push(text.slice(start));
  const kinds = (lf > 0 ? 1 : 0) + (crlf > 0 ? 1 : 0) + (cr > 0 ? 1 : 0);
  const lineEnding: LineEnding =
    kinds === 0 ? 'none' : kinds > 1 ? 'mixed' : lf > 0 ? 'lf' : crlf > 0 ? 'crlf' : 'cr';
  return { lines, lineEnding };
}

export type DecodeResult = { ok: true; source: SourceText } | { ok: false; binary: string };

/** Bytes → SourceText, or the kind of binary file it is. */
export function decodeSource(buf: Uint8Array, path: string): DecodeResult {
  const det = detect(buf);
  if ('binary' in det) return { ok: false, binary: det.binary };
  const text = (det.text ?? decodeBytes(buf, det.encoding, det.bom)).normalize('NFC');
  const { lines, lineEnding } = splitLines(text);
  return { ok: true, source: { path, encoding: det.encoding, bom: det.bom > 0, lineEnding, lines } };
}

/** Wraps an already-decoded string as a SourceText (library use: `parseMinutes(text)`). */
export function sourceFromString(text: string, path: string): SourceText {
  const t = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const { lines, lineEnding } = splitLines(t.normalize('NFC'));
  return { path, encoding: 'utf-8', bom: t !== text, lineEnding, lines };
}
