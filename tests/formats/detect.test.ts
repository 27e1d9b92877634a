// Which family claims which real document, and why. A new family must not steal documents from another.
import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../src/parse/doc.js';
import { decodeSource } from '../../src/io/decode.js';
import { FORMATS, detectFormat } from '../../src/formats/index.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../helpers/fixtures.js';

const docOf = (rel: string) => {
  const d = decodeSource(readFileSync(path.join(ROOT, rel)), rel);
  if (!d.ok) throw new Error(rel);
  return makeDoc(d.source.lines);
};

const expected: Array<[string, string | null]> = [
  ['fixtures/seeds/000_ca038bd155db9ea1.txt', 'header-block'],
  ['fixtures/seeds/001_2c31612e13099a8f.txt', null],
  ['fixtures/seeds/002_a672c7572da1fe7b.txt', 'header-block'],
  ['fixtures/seeds/003_bb815edab3661743.txt', 'punkt'],
  ['fixtures/seeds/004_40ca9bec72c52870.txt', 'header-block'],
  ['fixtures/corpus/002_bronderslev-byraad-2020-01-29.txt', 'web-publication'],
  ['fixtures/corpus/003_stevns-kb-2020-01-22.txt', 'generic'],
  ['fixtures/corpus/004_roskilde-kultur-idraet-2019-04-03.txt', 'web-publication'],
  ['fixtures/corpus/007_egebjerg-kb-2002-05-15_docplayer.txt', 'pdf-transcript'],
  ['fixtures/corpus/008_roedovre-kb-2019-09-24.txt', 'web-publication'],
  ['fixtures/corpus/011_aabenraa-tmu-2021-08-11-beslutningsprotokol.txt', 'web-publication'],
  ['fixtures/corpus/012_kk-oekonomiudvalget-2020-03-31-punkt1.txt', 'generic'],
  ['fixtures/corpus/019_holbaek-handicapraadet-2015-11-03.txt', 'header-block'],
  ['fixtures/corpus/023_dragoer-aeldreraad-2016-02-22-blog.txt', 'free-form'],
];

describe('format detection', () => {
  it.each(expected)('%s → %s', (file, format) => {
    const choice = detectFormat(docOf(file));
    expect(choice.format?.id ?? null).toBe(format);
    if (choice.format) expect(choice.detection.reasons.length).toBeGreaterThan(0);
  });
  it('has unique ids and a description for every family', () => {
    expect(new Set(FORMATS.map((f) => f.id)).size).toBe(FORMATS.length);
    for (const f of FORMATS) expect(f.description.length).toBeGreaterThan(20);
  });
  it('refuses an unknown hint', () => {
    expect(() => detectFormat(docOf(expected[0]![0]), 'nope')).toThrow(/unknown format 'nope'/u);
  });
});
