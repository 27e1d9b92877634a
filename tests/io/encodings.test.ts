// The same minutes saved as UTF-8 (± BOM), UTF-16LE/BE, Windows-1252 and ISO-8859-1, with LF, CRLF or CR, parse to
// the same Meeting apart from what `source` says about the bytes. Fixtures come from fixtures/encodings/make.mjs.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../src/model/meeting.js';
import { parseMinutes } from '../../src/parse/index.js';
import { CORPUS, ROOT, SEEDS, listTxt } from '../helpers/fixtures.js';

const DIR = 'fixtures/encodings';
const files = readdirSync(path.join(ROOT, DIR)).filter((f) => f.endsWith('.txt')).sort();

function parse(rel: string): Meeting {
  const r = parseMinutes(readFileSync(path.join(ROOT, rel)), { path: 'x.txt' });
  if (!r.ok) throw new Error(`${rel}: ${r.failure.message}`);
  return r.meeting;
}

/** The Meeting without the facts about bytes, which are expected to differ. */
function content(m: Meeting) {
  const { encoding: _e, bom: _b, lineEnding: _l, ...source } = m.source;
  return { ...m, source };
}

const EXPECTED_ENCODING: Record<string, string> = {
  'utf-8': 'utf-8',
  'utf-8-bom': 'utf-8',
  'utf-16le-bom': 'utf-16le',
  'utf-16be-bom': 'utf-16be',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
  'windows-1252': 'windows-1252',
  // WHATWG and referat read ISO-8859-1 as its superset Windows-1252; the text is identical.
  'iso-8859-1': 'windows-1252',
};

describe('encoding fixtures', () => {
  it('cover every encoding and line end for three format families', () => {
    expect(files.length).toBe(3 * (3 * 7 + 3 * 2 + 1));
  });
  describe.each(files.filter((f) => !f.includes('.mojibake.')))('%s', (file) => {
    const [doc, ...rest] = file.replace(/\.txt$/u, '').split('.');
    const le = rest.pop()!;
    const enc = rest.pop()!;
    const base = rest.length > 0 ? `${DIR}/${doc}.${rest.join('.')}.utf-8.lf.txt` : `${DIR}/${doc}.utf-8.lf.txt`;
    it(`parses to the same Meeting as ${path.basename(base)}`, () => {
      const m = parse(`${DIR}/${file}`);
      expect(m.items.length).toBeGreaterThan(0);
      expect(content(m)).toEqual(content(parse(base)));
    });
    it('reports the encoding, BOM and line end it was saved with', () => {
      const m = parse(`${DIR}/${file}`);
      expect(m.source.encoding).toBe(EXPECTED_ENCODING[enc]);
      expect(m.source.bom).toBe(enc.endsWith('-bom'));
      expect(m.source.lineEnding).toBe(le);
    });
  });
  it('the UTF-8/LF copies equal the original documents', () => {
    const originals: Record<string, string> = {
      'header-block': 'fixtures/seeds/000_ca038bd155db9ea1.txt',
      punkt: 'fixtures/seeds/003_bb815edab3661743.txt',
      generic: 'fixtures/corpus/002_bronderslev-byraad-2020-01-29.txt',
    };
    for (const [doc, src] of Object.entries(originals)) expect(content(parse(`${DIR}/${doc}.utf-8.lf.txt`))).toEqual(content(parse(src)));
  });
});

describe('mojibake (text decoded twice)', () => {
  it.each(files.filter((f) => f.includes('.mojibake.')))('%s parses and keeps the mojibake as it is', (file) => {
    const m = parse(`${DIR}/${file}`);
    const clean = parse(`${DIR}/${file.replace('.mojibake.', '.')}`);
    expect(m.items.map((i) => i.number)).toEqual(clean.items.map((i) => i.number));
    const all = JSON.stringify(m);
    // Not repaired: the double-decoded letters are still there, and no clean ø/æ/å has been made up.
    expect(all).toMatch(/Ã¸|Ã¦|Ã¥/u);
    expect(all.replace(/"path":"[^"]*"/gu, '')).not.toMatch(/[æøåÆØÅ]/u);
  });
});

// Every seed and corpus document, in memory, through every encoding and line end (no fixture files needed).
describe.each([...listTxt(SEEDS), ...listTxt(CORPUS)])('%s in every encoding', (rel) => {
  const text = readFileSync(path.join(ROOT, rel), 'utf8');
  const ref = parseMinutes(text, { path: rel });
  const encoders: Array<[string, (t: string) => Uint8Array]> = [
    ['utf-8-bom', (t) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(t)])],
    ['utf-16le-bom', (t) => iconv.encode(t, 'utf16le', { addBOM: true })],
    ['utf-16be-bom', (t) => iconv.encode(t, 'utf16be', { addBOM: true })],
    ['windows-1252', (t) => iconv.encode(t, 'windows-1252')],
  ];
  it.each(encoders)('%s with CRLF and CR', (_name, encode) => {
    for (const eol of ['\r\n', '\r']) {
      const t = text.replace(/\r\n?|\n/gu, eol);
      // Skip characters a legacy code page cannot hold (one corpus file has a combining stroke).
      if (_name === 'windows-1252' && iconv.decode(Buffer.from(encode(t)), 'windows-1252') !== t) continue;
      const r = parseMinutes(encode(t), { path: rel });
      expect(r.ok).toBe(ref.ok);
      if (r.ok && ref.ok) expect(content(r.meeting)).toEqual(content(ref.meeting));
      else if (!r.ok && !ref.ok) expect(r.failure.code).toBe(ref.failure.code);
    }
  });
});

describe('UTF-8 with some Windows-1252 lines (pasted in, or files concatenated)', () => {
  const rel = 'fixtures/seeds/000_ca038bd155db9ea1.txt';
  const text = readFileSync(path.join(ROOT, rel), 'utf8');
  const lines = text.split('\n');
  it('decodes those lines as Windows-1252 and the rest as UTF-8, so no mojibake is made', () => {
    const picked = lines.map((l, i) => [l, i] as const).filter(([l]) => /[æøåÆØÅ]/u.test(l)).slice(0, 3).map(([, i]) => i);
    expect(picked.length).toBe(3);
    const bytes = Buffer.concat(lines.map((l, i) => Buffer.concat([picked.includes(i) ? iconv.encode(l, 'windows-1252') : Buffer.from(l, 'utf8'), Buffer.from(i < lines.length - 1 ? '\n' : '')])));
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const r = parseMinutes(bytes, { path: rel });
    const ref = parseMinutes(text, { path: rel });
    if (!r.ok || !ref.ok) throw new Error('both should parse');
    expect(r.meeting.source.encoding).toBe('utf-8');
    expect(JSON.stringify(r.meeting)).not.toMatch(/Ã|�/u);
    expect(content(r.meeting)).toEqual(content(ref.meeting));
  });
  it('one pasted line with more such letters than the short UTF-8 file around it is still read line by line', () => {
    const file = 'fixtures/lint/missing-decision/ok-exempt-eventuelt.txt';
    const utf8 = readFileSync(path.join(ROOT, file), 'utf8');
    const pasted = 'Dagsordenen blev godkendt af Søren Æbelø, Åse Østergård og Bjørn Møller på mødet i Ærøskøbing.';
    expect(utf8).toContain('Dagsordenen blev godkendt.');
    const [head, tail] = utf8.split('Dagsordenen blev godkendt.');
    const bytes = Buffer.concat([Buffer.from(head!), iconv.encode(pasted, 'windows-1252'), Buffer.from(tail!)]);
    const r = parseMinutes(bytes, { path: file });
    const ref = parseMinutes(head + pasted + tail, { path: file });
    if (!r.ok || !ref.ok) throw new Error('both should parse');
    expect(r.meeting.source.encoding).toBe('utf-8');
    expect(JSON.stringify(r.meeting)).not.toMatch(/Ã|�/u);
    expect(content(r.meeting)).toEqual(content(ref.meeting));
  });
  it('a real Windows-1252 file is still read as Windows-1252 as a whole', () => {
    const r = parseMinutes(iconv.encode(text, 'windows-1252'), { path: rel });
    expect(r.ok && r.meeting.source.encoding).toBe('windows-1252');
  });
});
