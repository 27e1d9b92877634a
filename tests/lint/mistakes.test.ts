// The mistakes a secretary makes before publishing, put into real minutes (seed 000), and what validate says of
// each: the right rule, line and message, and nothing about the parts that are right.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveSettings, lintMeeting } from '../../src/lint/run.js';
import type { Diagnostic } from '../../src/model/diagnostic.js';
import { parseMinutes } from '../../src/parse/index.js';
import { ROOT } from '../helpers/fixtures.js';

const SEED = readFileSync(path.join(ROOT, 'fixtures/seeds/000_ca038bd155db9ea1.txt'), 'utf8');

function lint(text: string): Diagnostic[] {
  const r = parseMinutes(text, { path: 'm.txt' });
  if (!r.ok) throw new Error(r.failure.message);
  // Seed 000's own finding (a 2020/2021 slip at line 89) is left out.
  return lintMeeting(r.meeting, text.split('\n'), resolveSettings(null)).filter((d) => !(d.ruleId === 'date-mismatch' && d.line === 89));
}
const brief = (ds: Diagnostic[]) => ds.map((d) => `${d.line}:${d.column} ${d.ruleId}`);
/** Seed 000 with `from` replaced by `to` (each must occur). */
function edit(...pairs: Array<[string, string]>): string {
  let t = SEED;
  for (const [from, to] of pairs) {
    if (!t.includes(from)) throw new Error(`not in the seed: ${from}`);
    t = t.replace(from, to);
  }
  return t;
}

describe('contents and body numbered the other way round', () => {
  it('reports both renumbered items and keeps item 3 apart from item 2', () => {
    const text = edit(['\n3. Anvendelse af standardkontrakterne udarbejdet af KL\n\n4. Sag', '\n4. Anvendelse af standardkontrakterne udarbejdet af KL\n\n3. Sag']);
    const ds = lint(text);
    expect(brief(ds)).toEqual(['91:1 toc-mismatch', '138:1 toc-mismatch']);
    expect(ds[0]!.message).toBe('item 4 "Anvendelse af standardkontrakterne udarbejdet af KL" is numbered 3 in the body; renumber it as in the table of contents (line 32), or the contents as in the body');
    const r = parseMinutes(text);
    expect(r.ok && r.meeting.items.map((i) => i.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
  });
  it('finds the missing Beslutning of the item that was swallowed before', () => {
    const text = edit(['\n3. Anvendelse af standardkontrakterne udarbejdet af KL\n\n4. Sag', '\n4. Anvendelse af standardkontrakterne udarbejdet af KL\n\n3. Sag']);
    const i3 = text.indexOf('3. Anvendelse af standardkontrakterne udarbejdet af KL\n\nAnvendelse');
    const dec = text.indexOf('Beslutning', i3);
    const ds = lint(`${text.slice(0, dec)}Bemærkning${text.slice(dec + 'Beslutning'.length)}`);
    expect(brief(ds)).toContain('91:1 missing-decision');
  });
});

describe('placeholders instead of a decision', () => {
  const beslutning = 'Socialdirektørforum godkendte referat fra møde i Socialdirektørforum den 12. maj 2020.';
  it.each(['[Indsæt beslutning]', 'XX', 'TBD', '-', '…', '(udfyldes)', 'Indsæt tekst'])('reports `%s` as an empty decision', (p) => {
    const ds = lint(edit([beslutning, p]));
    expect(brief(ds)).toEqual(['89:1 empty-decision']);
    expect(ds[0]!.message).toBe(`the decision of item 2 is only a placeholder ("${p}"); write the decision`);
  });
  it('reports a placeholder left inside a decision where it stands', () => {
    expect(brief(lint(edit([beslutning, 'Socialdirektørforum godkendte referatet med XX stemmer.'])))).toEqual(['89:45 empty-decision']);
    expect(brief(lint(edit([beslutning, 'Bevilget [indsæt beløb] kr.'])))).toEqual(['89:10 empty-decision']);
  });
});

describe('routine items need no decision, also under a longer title', () => {
  it.each(['Evt.', 'Eventuelt og næste møde', 'Eventuelt/næste møde', 'Meddelelser fra formanden', 'Næste mødedato'])('`%s`', (title) => {
    const text = edit(['9. Eventuelt\n', `9. ${title}\n`], ['\n9. Eventuelt\n', `\n9. ${title}\n`]);
    expect(brief(lint(text)).filter((b) => b.endsWith('decision'))).toEqual([]);
  });
  it('but an item that only starts with the same letters still needs one', () => {
    const text = edit(['9. Eventuelt\n', '9. Eventueltilskud\n'], ['\n9. Eventuelt\n', '\n9. Eventueltilskud\n']);
    expect(brief(lint(text)).filter((b) => b.endsWith('missing-decision'))).toHaveLength(1);
  });
});

describe('times', () => {
  const minutes = (time: string) => `Referat\nSkolebestyrelsen\n${time}\n\n1. Godkendelse af dagsorden\nBeslutning: Godkendt.\n\n2. Eventuelt\nBeslutning: Intet.\n`;
  it('an evening meeting that ends after midnight ends the next day', () => {
    const r = parseMinutes(minutes('Dato: 12. januar 2022 kl. 22.00-00.30'));
    expect(r.ok && [r.meeting.start, r.meeting.end]).toEqual(['2022-01-12T22:00', '2022-01-13T00:30']);
    expect(lint(minutes('Dato: 12. januar 2022 kl. 22.00-00.30')).map((d) => d.ruleId)).not.toContain('time-order');
  });
  it.each([
    ['Mødedato: 12. januar 2022\nMødetid: 08:00 - 07:00', '4:1 time-order'],
    ['Dato: 12. januar 2022 kl. 17.30-16.30', '3:1 time-order'],
  ])('reports an end before the start on the line that states it: %j', (time, finding) => {
    expect(brief(lint(minutes(time))).filter((b) => b.endsWith('time-order'))).toEqual([finding]);
  });
});

describe('closed items under other names', () => {
  it.each(['Personalesag - lukket', 'Fortrolig: Personalesag', 'Personalesag (fortroligt)'])('`%s` is closed, and needs no decision', (title) => {
    const r = parseMinutes(`Referat\nBestyrelsen\nDato: 3. maj 2024\n\n1. Godkendelse af dagsorden\nBeslutning: Godkendt.\n\n2. ${title}\nSagsfremstilling:\nEn personalesag.\n\n3. Eventuelt\nBeslutning: Intet.\n`);
    expect(r.ok && r.meeting.items[1]!.closed).toBe(true);
  });
  it.each(['Lukket dagsordenspunkt', 'Fortroligt punkt', 'Punktet er lukket'])('a `%s` line under the title closes the item', (marker) => {
    const r = parseMinutes(`Referat\nBestyrelsen\nDato: 3. maj 2024\n\n1. Godkendelse af dagsorden\nBeslutning: Godkendt.\n\n2. Personalesag\n${marker}\n\nSagsfremstilling:\nEn personalesag.\n\n3. Eventuelt\nBeslutning: Intet.\n`);
    expect(r.ok && r.meeting.items[1]!.closed).toBe(true);
  });
});

describe('leaked markup and mis-decoded text', () => {
  it.each(['&ndash;', '&rsquo;', '&hellip;', '&eacute;', '&shy;', '&euro;', '&#x2013;', '<o:p></o:p>', '<hr>', '<blockquote>', '&nbsp'])('finds %s', (html) => {
    expect(brief(lint(edit(['Socialdirektørforum godkendte referat', `Socialdirektørforum ${html} godkendte referat`])))).toEqual(['89:21 html-remnant']);
  });
  it.each([
    ['Â§', '§'],
    ['Ã¼', 'ü'],
    ['ÃƒÂ¸', 'ø'],
  ])('repairs %s as %s', (bad, good) => {
    const ds = lint(edit(['Socialdirektørforum godkendte referat', `Socialdirekt${bad}rforum godkendte referat`]));
    expect(ds.map((d) => [d.ruleId, d.line, d.column, d.suggestion])).toEqual([['mojibake', 89, 13, good]]);
  });
  it('names a lost character', () => {
    const ds = lint(edit(['Socialdirektørforum godkendte referat', 'Socialdirekt\ufffdrforum godkendte referat']));
    expect(ds.map((d) => [d.ruleId, d.column])).toEqual([['mojibake', 13]]);
    expect(ds[0]!.message).toMatch(/^a character was lost/u);
  });
});

describe('one wrong number, one finding', () => {
  it('a mistyped item number is said once, with the number it should have', () => {
    const ds = lint(edit(['\n3. Anvendelse af standardkontrakterne udarbejdet af KL\n\nAnvendelse', '\n33. Anvendelse af standardkontrakterne udarbejdet af KL\n\nAnvendelse']));
    expect(ds.filter((d) => d.ruleId === 'item-numbering').map((d) => d.message)).toEqual(['item 33 stands between items 2 and 4: it should be numbered 3; renumber it']);
  });
  it('a line doubled in the contents is listed twice, and the body is read as before', () => {
    const ds = lint(edit(['3. Anvendelse af standardkontrakterne udarbejdet af KL\n', '3. Anvendelse af standardkontrakterne udarbejdet af KL\n\n3. Anvendelse af standardkontrakterne udarbejdet af KL\n']));
    expect(ds.filter((d) => d.ruleId !== 'date-mismatch').map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.message}`)).toEqual([
      '34:1 toc-mismatch item 3 "Anvendelse af standardkontrakterne udarbejdet af KL" is listed twice in the table of contents (lines 32 and 34); remove one',
    ]);
  });
});
