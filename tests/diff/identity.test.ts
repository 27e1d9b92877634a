// A file diffed with itself — or with a CRLF or Windows-1252 copy of itself, or a copy whose spaces became NBSP or
// doubled — has no differences; --whitespace makes spacing differences visible.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { diffMeetings } from '../../src/diff/index.js';
import { parseMinutes } from '../../src/parse/index.js';
import { readRel } from './helpers.js';
import { SEEDS, listTxt } from '../helpers/fixtures.js';

const minutes = listTxt(SEEDS).filter((f) => !f.includes('/001_'));

function parse(bytes: Uint8Array | string, path: string) {
  const r = parseMinutes(bytes, { path });
  if (!r.ok) throw new Error(`${path}: ${r.failure.message}`);
  return r.meeting;
}

describe.each(minutes)('%s', (file) => {
  const bytes = readRel(file);
  const text = bytes.toString('utf8');
  const original = parse(bytes, file);

  it('has no differences with itself', () => {
    const d = diffMeetings(original, parse(bytes, file));
    expect(d).toMatchObject({ identical: true, meeting: [], items: [] });
  });

  it('has no differences with a CRLF copy', () => {
    const crlf = Buffer.from(text.replace(/\n/gu, '\r\n'), 'utf8');
    const copy = parse(crlf, 'crlf.txt');
    expect(copy.source.lineEnding).toBe('crlf');
    expect(diffMeetings(original, copy)).toMatchObject({ identical: true, meeting: [], items: [] });
  });

  it('has no differences with a Windows-1252 copy', () => {
    const cp = iconv.encode(text, 'windows-1252');
    expect(iconv.decode(cp, 'windows-1252')).toBe(text); // the copy is lossless, so any difference would be ours
    const copy = parse(cp, 'cp1252.txt');
    expect(copy.source.encoding).toBe('windows-1252');
    expect(diffMeetings(original, copy)).toMatchObject({ identical: true, meeting: [], items: [] });
  });
});

describe('white space and NBSP', () => {
  const file = minutes[0]!;
  const text = readRel(file).toString('utf8');
  const original = parse(text, file);
  const target = 'Socialdirektørforum godkendte referat fra møde i Socialdirektørforum den 12. maj 2020.';
  it('the target decision line exists', () => expect(text).toContain(target));

  it('NBSP instead of spaces is not a change', () => {
    const copy = parse(text.replace(target, target.replace(/ /gu, '\u00a0')), 'nbsp.txt');
    expect(diffMeetings(original, copy).identical).toBe(true);
  });

  it('doubled spaces and a re-wrapped line are not changes, but --whitespace shows them', () => {
    const edited = text.replace(target, target.replace('godkendte referat', 'godkendte  referat').replace(' den 12.', '\nden 12.'));
    const copy = parse(edited, 'spaces.txt');
    expect(diffMeetings(original, copy).identical).toBe(true);
    const shown = diffMeetings(original, copy, { whitespace: true });
    expect(shown.identical).toBe(false);
    expect(shown.whitespace).toBe(true);
    expect(shown.items.map((i) => [i.after!.number, i.sections.map((s) => s.kind)])).toEqual([['2', ['decision']]]);
  });
});

describe('word diffs of unrelated long texts', () => {
  it('fall back to whole removed and added runs beyond MAX_EDITS', async () => {
    const { wordDiff, MAX_EDITS } = await import('../../src/diff/words.js');
    const text = (salt: string) => Array.from({ length: MAX_EDITS * 2 }, (_, k) => `${salt}${k}`).join(' ');
    const [a, b] = [text('a'), text('b')];
    expect(wordDiff(a, b, false)).toEqual([{ op: 'removed', text: a }, { op: 'added', text: b }]);
    expect(wordDiff('den 12. maj 2020', 'den 12. maj 2021', false).map((w) => w.op)).toEqual(['equal', 'removed', 'added']);
  });
});
