// What PDF-to-text and Word text exports do to the same minutes: paragraphs wrapped at a fixed width (a heading word
// can then stand alone at the start of a line), form feeds and vertical tabs inside lines, `1.<TAB>Title` contents.
// The minutes must read the same as without them.
import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../src/model/meeting.js';
import { parseMinutes } from '../../src/parse/index.js';

function meeting(text: string): Meeting {
  const r = parseMinutes(text, { path: 'x.txt' });
  if (!r.ok) throw new Error(r.failure.message);
  return r.meeting;
}

const HEAD = 'Møde i Socialdirektørforum den 23. juni 2021\n\nUDVALG\n\nSocialdirektørforum\n\nSTARTTIDSPUNKT\n\n2021-06-23 09:00\n\n';
const doc = (decision: string, toc = '') =>
  `${HEAD}${toc}1. Anvendelse af standardkontrakterne\n\nSagsfremstilling\n\nForvaltningen har udarbejdet et notat.\n\nBeslutning\n\n${decision}\n\n2. Eventuelt\n\nBeslutning\n\nIntet.\n`;

describe('a wrapped paragraph whose last line is a heading word', () => {
  it.each([
    ['Udvalget godkendte indstillingen og bad om en status på\nøkonomi'],
    ['Udvalget udsatte sagen til næste møde, hvor der skal træffes endelig\nbeslutning.'],
    ['Sagen sendes i offentlig\nhøring'],
  ])('stays in the decision: %j', (text) => {
    const it0 = meeting(doc(`${text}\n\nForvaltningen udarbejder et nyt notat.`)).items[0]!;
    expect(it0.sections.map((s) => s.kind)).toEqual(['case', 'decision']);
    expect(it0.decision).toBe(`${text}\n\nForvaltningen udarbejder et nyt notat.`);
  });
  it('still opens a section when it stands after a blank line or a finished sentence', () => {
    const it0 = meeting(doc('Godkendt.\nøkonomi\nDer er afsat 2 mio. kr.')).items[0]!;
    expect(it0.sections.map((s) => s.heading)).toEqual(['Sagsfremstilling', 'Beslutning', 'økonomi']);
  });
});

describe('page breaks and manual line breaks inside lines', () => {
  it('drops a form feed from the text and reads a vertical tab as a space', () => {
    const m = meeting(doc('\fUdvalget drøftede sagen.\n\nForvaltningen\vudarbejder et nyt notat.'));
    expect(m.items[0]!.decision).toBe('Udvalget drøftede sagen.\n\nForvaltningen udarbejder et nyt notat.');
  });
});

describe('contents with a tab after the number', () => {
  it('reads `1.<TAB>Title` entries', () => {
    const m = meeting(doc('Godkendt.', 'PUNKTER\n\n1.\tAnvendelse af standardkontrakterne\n2.\tEventuelt\n\n'));
    expect(m.toc.map((e) => [e.number, e.title])).toEqual([['1', 'Anvendelse af standardkontrakterne'], ['2', 'Eventuelt']]);
  });
});

describe('an absence sentence wrapped over two lines', () => {
  const names = (text: string) => meeting(doc(`Godkendt.\n\n${text}`)).participants.map((p) => `${p.name}${p.absent ? ' (absent)' : ''}@${p.line}`);
  it('reads the names before `var fraværende` from the line above', () => {
    expect(names('Martin Bech, Bettina Kjeldsen og Niels Vestergaard\nSalling var fraværende.')).toEqual([
      'Martin Bech (absent)@21', 'Bettina Kjeldsen (absent)@21', 'Niels Vestergaard Salling (absent)@21',
    ]);
  });
  it('reads the names after `Der er afbud fra` on to the next line', () => {
    expect(names('Der er afbud fra Martin Bech, Bettina Kjeldsen og Niels Vestergaard\nSalling.')).toEqual([
      'Martin Bech (absent)@21', 'Bettina Kjeldsen (absent)@21', 'Niels Vestergaard Salling (absent)@21',
    ]);
  });
  it('does not take a sentence above for names', () => {
    expect(names('Udvalget drøftede sagen, og\nLone Holm var fraværende.')).toEqual(['Lone Holm (absent)@22']);
  });
});

describe('a title above `Sag nr. N` wrapped over two lines', () => {
  const m = meeting(
    'Kommunalbestyrelsen\n\nReferat\n\nMødedato: 24. september 2019\n\nSpørgetid\nSag nr. 129\n\nBeslutning\n\nTaget til efterretning.\n\nTillæg 1 til Lokalplan 145 Udvidelse af delområde F og G -\nendelig vedtagelse\nSag nr. 130\n\nIndstilling\n\nForvaltningen indstiller, at tillægget vedtages.\n\nBeslutning\n\nGodkendt.\n',
  );
  it('joins both lines to the title and leaves the decision above alone', () => {
    expect(m.items.map((i) => [i.number, i.title, i.decision])).toEqual([
      ['129', 'Spørgetid', 'Taget til efterretning.'],
      ['130', 'Tillæg 1 til Lokalplan 145 Udvidelse af delområde F og G - endelig vedtagelse', 'Godkendt.'],
    ]);
    expect(m.items[1]!.line).toBe(14);
  });
});

describe('attachments', () => {
  const atts = (list: string) => meeting(doc(`Godkendt.\n\nBilag\n\n${list}`)).items[0]!.attachments.map((a) => a.name);
  it('joins a name wrapped onto the next line', () => {
    expect(atts('Referat fra møde den 13 december 2024 – uden\nbilag.pdf\nNotat om kontrakter.docx')).toEqual(['Referat fra møde den 13 december 2024 – uden bilag.pdf', 'Notat om kontrakter.docx']);
    expect(atts('• Notat om kontrakter for\n  hele regionen.pdf\n• Tidsplan.pdf')).toEqual(['Notat om kontrakter for hele regionen.pdf', 'Tidsplan.pdf']);
  });
  it('keeps two names apart when the first is complete', () => {
    expect(atts('Sammen om velfærd – konference.docx\ntværsektoriel læring i praktik.docx')).toEqual(['Sammen om velfærd – konference.docx', 'tværsektoriel læring i praktik.docx']);
  });
  it('reads an attachment named like its item as an attachment, not as the title repeated', () => {
    expect(atts('Anvendelse af standardkontrakterne')).toEqual(['Anvendelse af standardkontrakterne']);
  });
});

describe('web page buttons', () => {
  it.each(['- Udskriv', '• Udskriv', '* Udskriv'])('keeps `%s` under the last item out of its decision', (button) => {
    const m = meeting(`${doc('Godkendt.')}\n${button}\n`);
    expect(m.items[1]!.decision).toBe('Intet.');
    expect(m.unassigned.map((u) => u.text)).toEqual([button]);
  });
});
