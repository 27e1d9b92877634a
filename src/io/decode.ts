// Bytes → text: refuse binary files with a reason, pick the encoding (BOM, UTF-16 heuristic, strict UTF-8, else
// Windows-1252), and split lines on LF, CRLF and CR. Nothing here knows what minutes are.
// Windows-1252 is decoded with its 32-entry table (the same mapping as iconv-lite, checked byte for byte in
// tests/perf/decode.test.ts) so the CLI does not load iconv-lite's code pages on every start.
import type { Encoding, LineEnding } from '../model/meeting.js';

export interface SourceText {
  path: string;
  encoding: Encoding;
  bom: boolean;
  lineEnding: LineEnding;
  /** The decoded lines, without their line ends. A final line end does not start another line. */
  lines: string[];
  /**
   * The decoded text the lines were split from, when joining them with LF gives it back (LF or no line ends). The
   * parser then takes a section's text as a slice of it where no cleaning is needed, instead of joining lines.
   */
  text?: string;
}

export type Sniffed = { binary: false } | { binary: true; kind: string };

const SIGNATURES: Array<[number[], string]> = [
  [[0x25, 0x50, 0x44, 0x46, 0x2d], 'PDF'],
  [[0x50, 0x4b, 0x03, 0x04], 'ZIP/DOCX'],
  [[0x50, 0x4b, 0x05, 0x06], 'ZIP/DOCX'],
  [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 'Word 97-2003 (.doc)'],
  [[0x7b, 0x5c, 0x72, 0x74, 0x66], 'RTF'],
  [[0x89, 0x50, 0x4e, 0x47], 'PNG image'],
  [[0xff, 0xd8, 0xff], 'JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'GIF image'],
  [[0x49, 0x49, 0x2a, 0x00], 'TIFF image'],
  [[0x4d, 0x4d, 0x00, 0x2a], 'TIFF image'],
  [[0x1f, 0x8b], 'gzip'],
  [[0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], '7-Zip'],
  [[0x52, 0x61, 0x72, 0x21, 0x1a, 0x07], 'RAR'],
  [[0x7f, 0x45, 0x4c, 0x46], 'program (ELF)'],
];

/** What to tell a person about a file that is not text, by the kind `detectEncoding` found. */
export function describeBinary(kind: string): string {
  switch (kind) {
    case 'PDF':
      return 'this is a PDF (binary) file, not exported text — export it as text first (for example `pdftotext -layout FILE.pdf`, or save as text from the publishing system)';
    case 'ZIP/DOCX':
      return 'this is a Word .docx (or other ZIP) file, not exported text — export it as text first (in Word: File › Save As › Plain Text (.txt), UTF-8)';
    case 'Word 97-2003 (.doc)':
      return 'this is an old Word/Office (.doc) file, not exported text — export it as text first (in Word: File › Save As › Plain Text (.txt), UTF-8)';
    case 'RTF':
      return 'this is an RTF (rich text) file, not exported text — open it in Word or WordPad and save it as Plain Text (.txt) first';
    case 'UTF-32':
      return 'this is UTF-32 text, which referat does not read — save it as UTF-8 (or UTF-16) text first';
    case 'gzip':
    case '7-Zip':
    case 'RAR':
      return `this is a ${kind} archive, not exported text — unpack it first and give referat the text files inside`;
    case 'binary data (NUL bytes)':
      return 'this is a binary file (it holds NUL bytes), not exported text — export it as text first';
    case 'binary data (control bytes)':
      return 'this is a binary file (it holds many control bytes), not exported text — export it as text first';
    default:
      if (kind.endsWith(' image')) {
        return `this is a ${kind} (binary) file, not exported text — referat does not read scans; export the minutes as text from the system that published them`;
      }
      return `this is a ${kind} (binary) file, not exported text — export it as text first`;
  }
}

function startsWith(buf: Uint8Array, sig: number[]): boolean {
  if (buf.length < sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (buf[i] !== sig[i]) return false;
  return true;
}

const UTF8_STRICT = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Detects the encoding from the bytes; returns 'binary' with a kind for files that are not text. */
export function detectEncoding(buf: Uint8Array): { encoding: Encoding; bom: number; text?: string } | { binary: string } {
  const det = sniff(buf);
  if ('text' in det && det.text !== undefined && CONTROL_CHAR.test(det.text) && tooManyControls(buf)) return { binary: 'binary data (control bytes)' };
  return det;
}

/**
 * `detectEncoding`, except that strict UTF-8 text comes back unchecked for control bytes: `decodeSource` checks for
 * them in the same native scan that decides whether the text needs NFC.
 */
function sniff(buf: Uint8Array): { encoding: Encoding; bom: number; text?: string } | { binary: string } {
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
  let text: string | null = null;
  try {
    // Strict UTF-8 that decodes is UTF-8; keep the text so it is not decoded twice.
    text = UTF8_STRICT.decode(buf);
  } catch {
    text = null;
  }
  // Control bytes are ASCII, so in UTF-8 text they are the same characters: the caller tests the text for them.
  if (text === null && tooManyControls(buf)) return { binary: 'binary data (control bytes)' };
  return text === null ? { encoding: 'windows-1252', bom: 0 } : { encoding: 'utf-8', bom: 0, text };
}

/** The control characters that count against a file being text (NUL is refused before; tab, CR, LF, VT and FF are text). */
const CONTROL_CHAR = /[\x01-\x08\x0e-\x1f]/;

/** More than 1% control bytes in the first 64 KiB: binary data. */
function tooManyControls(buf: Uint8Array): boolean {
  let controls = 0;
  const m = Math.min(buf.length, 65536);
  for (let i = 0; i < m; i++) {
    const b = buf[i]!;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x0b) controls++;
  }
  return m > 0 && controls / m > 0.01;
}

/**
 * Counts well-formed multi-byte UTF-8 sequences and bytes that cannot be UTF-8, and the lines that hold only the first
 * (`utf8Lines`) or any of the second (`invalidLines`). A file with such UTF-8 lines and some invalid bytes is UTF-8
 * with some Windows-1252 lines pasted in (or files concatenated); decoding all of it as Windows-1252 would turn every
 * æ, ø and å of the UTF-8 lines into mojibake.
 */
export function utf8Evidence(buf: Uint8Array): { multi: number; invalid: number; utf8Lines: number; invalidLines: number } {
  let multi = 0;
  let invalid = 0;
  let utf8Lines = 0;
  let invalidLines = 0;
  // This line so far: multi-byte sequences seen, and whether an invalid byte was.
  let lineMulti = false;
  let lineInvalid = false;
  const n = buf.length;
  for (let i = 0; i <= n; ) {
    const b = i < n ? buf[i]! : 0x0a;
    if (b < 0x80) {
      if (b === 0x0a || b === 0x0d) {
        if (lineInvalid) invalidLines++;
        else if (lineMulti) utf8Lines++;
        lineMulti = false;
        lineInvalid = false;
      }
      i++;
      continue;
    }
    const len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = len > 0 && i + len <= n;
    for (let k = 1; ok && k < len; k++) if ((buf[i + k]! & 0xc0) !== 0x80) ok = false;
    if (ok) {
      multi++;
      lineMulti = true;
      i += len;
    } else {
      invalid++;
      lineInvalid = true;
      i++;
    }
  }
  return { multi, invalid, utf8Lines, invalidLines };
}

/**
 * Whether bytes that are not strict UTF-8 are UTF-8 with Windows-1252 lines pasted in, and so decoded line by line:
 * two lines or more that are well-formed UTF-8 with non-ASCII text in them (in a real Windows-1252 file such a line
 * needs an upper-case letter followed by a symbol byte and no other letter beyond ASCII: rare, and then only that line
 * reads differently), or one such line where the UTF-8 sequences outnumber the invalid bytes.
 */
export function isMixedUtf8(ev: ReturnType<typeof utf8Evidence>): boolean {
  return ev.utf8Lines >= 2 || (ev.utf8Lines >= 1 && ev.multi >= ev.invalid);
}

/** Decodes line by line: UTF-8 where a line is valid UTF-8, Windows-1252 where it is not. Line-end bytes are ASCII in both. */
function decodeMixed(buf: Uint8Array): string {
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  const parts: string[] = [];
  let start = 0;
  const flush = (end: number) => {
    const seg = buf.subarray(start, end);
    try {
      parts.push(utf8.decode(seg));
    } catch {
      parts.push(decodeWindows1252(seg));
    }
  };
  for (let i = 0; i < buf.length; i++) {
    const b = buf[i];
    if (b === 0x0a || b === 0x0d) {
      flush(i);
      parts.push(b === 0x0a ? '\n' : '\r');
      start = i + 1;
    }
  }
  flush(buf.length);
  return parts.join('');
}

/** Bytes 0x80–0x9F in Windows-1252 (iconv-lite's mapping: U+FFFD for the five unassigned bytes); the rest is Latin-1. */
const CP1252_80_9F = [
  0x20ac, 0xfffd, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0xfffd, 0x017d, 0xfffd,
  0xfffd, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0xfffd, 0x017e, 0x0178,
].map((c) => String.fromCharCode(c));

/** The Windows-1252 byte of a character, or -1 for a character Windows-1252 cannot encode. */
export function windows1252Byte(ch: string): number {
  const c = ch.charCodeAt(0);
  if (ch.length !== 1) return -1;
  if (c < 0x80 || (c >= 0xa0 && c <= 0xff)) return c;
  const k = CP1252_80_9F.indexOf(ch);
  return k >= 0 && ch !== '\ufffd' ? 0x80 + k : -1;
}

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

/** Occurrences of `needle` in `text` (native `indexOf`, no regex). */
function count(text: string, needle: string): number {
  let k = 0;
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + needle.length)) k++;
  return k;
}

/**
 * Splits text into lines on LF, CRLF and CR, and reports which line ends were seen. Linear: the native `split` does
 * the scanning (a character loop here cost a third of decoding); the regex form runs only when the text holds a CR.
 */
export function splitLines(text: string): { lines: string[]; lineEnding: LineEnding } {
  const cr0 = text.indexOf('\r');
  const lines = cr0 === -1 ? text.split('\n') : text.split(/\r\n|\r|\n/);
  let lf = lines.length - 1;
  let crlf = 0;
  let cr = 0;
  // A final line end does not start another line (and empty text has no lines).
  if (lines[lines.length - 1] === '') lines.pop();
  if (cr0 !== -1) {
    crlf = count(text, '\r\n');
    cr = count(text, '\r') - crlf;
    lf = count(text, '\n') - crlf;
  }
  const kinds = (lf > 0 ? 1 : 0) + (crlf > 0 ? 1 : 0) + (cr > 0 ? 1 : 0);
  const lineEnding: LineEnding =
    kinds === 0 ? 'none' : kinds > 1 ? 'mixed' : lf > 0 ? 'lf' : crlf > 0 ? 'crlf' : 'cr';
  return { lines, lineEnding };
}

export type DecodeResult = { ok: true; source: SourceText } | { ok: false; binary: string; message: string };

/** Bytes → SourceText, or the kind of binary file it is and what to tell a person about it. */
export function decodeSource(buf: Uint8Array, path: string): DecodeResult {
  const det = sniff(buf);
  if ('binary' in det) return { ok: false, binary: det.binary, message: describeBinary(det.binary) };
  let encoding = det.encoding;
  let decoded: string;
  const ev = encoding === 'windows-1252' ? utf8Evidence(buf) : null;
  if (ev && isMixedUtf8(ev)) {
    // Mostly UTF-8: keep its lines as UTF-8 and read only the lines that are not as Windows-1252.
    decoded = decodeMixed(buf);
    encoding = 'utf-8';
  } else decoded = det.text ?? decodeBytes(buf, det.encoding, det.bom);
  // A BOM or the UTF-16 heuristic says "text" before the NUL check runs; NULs in the decoded text still mean binary.
  if (decoded.indexOf('\0') !== -1) return { ok: false, binary: 'binary data (NUL bytes)', message: describeBinary('binary data (NUL bytes)') };
  // One native scan for what is rare: control characters (strict UTF-8 text is not checked for them yet) and
  // characters that NFC may change. Without either, the text is final.
  let text = decoded;
  if (CONTROL_OR_NFC.test(decoded)) {
    if (det.text !== undefined && CONTROL_CHAR.test(decoded) && tooManyControls(buf)) {
      return { ok: false, binary: 'binary data (control bytes)', message: describeBinary('binary data (control bytes)') };
    }
    text = toNFC(decoded);
  }
  const { lines, lineEnding } = splitLines(text);
  return { ok: true, source: { path, encoding, bom: det.bom > 0, lineEnding, lines, ...joinedText(text, lineEnding) } };
}

/**
 * Characters that NFC may change or combine with: everything from U+0300 up, except General Punctuation
 * (U+2010–U+2069: dashes, quotes, bullets, …), currency signs and the private use area, which are always NFC.
 * (U+2000/U+2001 are singletons and stay in the set.)
 */
// No `u` flag on purpose: it works on UTF-16 code units, so every astral character (a surrogate) counts as "may change".
const MAY_CHANGE_UNDER_NFC = /[\u0300-\u200f\u206a-\u209f\u20d0-\udfff\uf900-\uffff]/;

const CONTROL_OR_NFC = /[\x01-\x08\x0e-\x1f\u0300-\u200f\u206a-\u209f\u20d0-\udfff\uf900-\uffff]/;

/** NFC, without copying the (usual) text that is already NFC: a 50 MB export saves ~100 MB and half a second. */
export function toNFC(text: string): string {
  return MAY_CHANGE_UNDER_NFC.test(text) ? text.normalize('NFC') : text;
}

/** `{ text }` when the lines joined with LF are `text` (up to a final line end), else nothing. */
function joinedText(text: string, lineEnding: LineEnding): { text?: string } {
  return lineEnding === 'lf' || lineEnding === 'none' ? { text } : {};
}

/** Wraps an already-decoded string as a SourceText (library use: `parseMinutes(text)`). */
export function sourceFromString(text: string, path: string): SourceText {
  const t = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const norm = toNFC(t);
  const { lines, lineEnding } = splitLines(norm);
  return { path, encoding: 'utf-8', bom: t !== text, lineEnding, lines, ...joinedText(norm, lineEnding) };
}
