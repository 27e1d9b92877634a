// The generic fallback on shapes no family covers (realistic documents written for these tests).
import { describe, expect, it } from 'vitest';
import { accountingErrors } from '../../src/parse/accounting.js';
import { meetingOf } from '../helpers/fixtures.js';
import { parseMinutes } from '../../src/parse/index.js';

const dir = 'fixtures/formats/generic';

describe('board minutes without any section heading', () => {
  const m = meetingOf(`${dir}/board-minutes-without-headings.txt`);
  it('finds the consecutively numbered items and the facts', () => {
    expect(m.source.format).toBe('generic');
    expect(m.kind).toBe('minutes');
    expect(m.items.map((i) => `${i.number} ${i.title}`)).toEqual(['1 Godkendelse af dagsorden', '2 Økonomi', '3 Vejarbejde', '4 Eventuelt']);
    expect(m.committee).toBe('Grundejerforeningen Solsiden');
    expect(m.start).toBe('2023-05-03T19:00');
    expect(m.location).toBe('Fælleshuset');
    expect(m.participants.filter((p) => p.absent).map((p) => p.name)).toEqual(['Dorte Madsen']);
  });
  it('invents no decisions where none is labelled', () => {
    expect(m.items.every((i) => i.decision === null)).toBe(true);
    expect(m.items[1]!.sections[0]!.text).toContain('hæve kontingentet til 600 kr.');
  });
});

describe("'Punkt N: Title' with dated decision headings and a closed item", () => {
  const m = meetingOf(`${dir}/punkt-colon-dated-decisions.txt`);
  it('reads items, decisions and the closed flag', () => {
    expect(m.items.map((i) => [i.number, i.title, i.closed, i.decision])).toEqual([
      ['5', 'Godkendelse af regnskab 2023', false, 'Godkendt.'],
      ['6', 'Lukket punkt: Personalesag', true, 'Godkendt.'],
      ['7', 'Eventuelt', false, 'Intet.'],
    ]);
    expect(m.items[0]!.recommendation).toBe('Direktionen indstiller, at regnskabet godkendes.');
    expect(m).toMatchObject({ committee: 'Økonomiudvalget', start: '2024-03-12T15:00', end: '2024-03-12T17:00', location: 'Rådhuset, mødelokale 2' });
  });
});

describe('a Word agenda with upper-case headings and numbered lists in its bodies', () => {
  const m = meetingOf(`${dir}/word-agenda-uppercase-headings.txt`);
  it('finds the three items, not the list inside item 2', () => {
    expect(m.kind).toBe('agenda');
    expect(m.items.map((i) => `${i.number} ${i.title}`)).toEqual(['1 Godkendelse af dagsorden', '2 Skolestruktur 2025', '3 Eventuelt']);
    expect(m.items[1]!.sections.find((s) => s.kind === 'case')!.text).toContain('2) Ny overbygning');
    expect(m.items[1]!.recommendation).toBe('Forvaltningen indstiller, at sagen sendes i høring.');
    expect(m).toMatchObject({ committee: 'Børne- og Skoleudvalget', start: '2024-03-12T16:00', location: 'mødelokale 3' });
  });
});

describe.each(['board-minutes-without-headings', 'punkt-colon-dated-decisions', 'word-agenda-uppercase-headings'])('%s', (name) => {
  it('accounts for every line', () => {
    expect(accountingErrors(meetingOf(`${dir}/${name}.txt`))).toEqual([]);
  });
});

describe('a Sagsgang chain of earlier committees before the own decision', () => {
  const m = meetingOf(`${dir}/sagsgang-committee-lines.txt`);
  it('keeps the chain as history, not as the decision', () => {
    const [a, b] = m.items;
    expect(a!.decision).toBe('Godkendt.\n\nFraværende: Mette Lund (A)');
    expect(a!.sections.filter((s) => s.kind === 'history').map((s) => s.text)).toEqual([
      'Anbefales.',
      'Anbefales, idet Carsten Holm (Ø) ikke kunne anbefale.',
    ]);
    expect(b!.title).toBe('Beslutning om mødeplan for 2022');
    expect(b!.sections.map((s) => s.kind)).toEqual(['case', 'other', 'history', 'decision']);
    expect(b!.decision).toBe('Mødeplanen blev ikke godkendt. Sagen genoptages i juni.');
    expect(b!.outcomes).toEqual(['rejected', 'postponed']);
  });
  it('has the facts', () => {
    expect(m).toMatchObject({ committee: 'Byrådet', date: '2021-05-26', location: 'Byrådssalen' });
    expect(accountingErrors(m)).toEqual([]);
  });
});

describe('separators and numbers without a period', () => {
  it("reads 'Punkt 1 - Title' with an inline 'Beslutning: …'", () => {
    const r = parseMinutes('Referat\n\nPunkt 1 - Godkendelse af dagsorden\nBeslutning: Godkendt\n\nPunkt 2 - Eventuelt\nBeslutning: Intet\n');
    expect(r.ok && r.meeting.items.map((i) => [i.number, i.title, i.decision])).toEqual([
      ['1', 'Godkendelse af dagsorden', 'Godkendt'],
      ['2', 'Eventuelt', 'Intet'],
    ]);
  });
  it("reads '1 Title' headings only where a table of contents confirms them", () => {
    const text = 'Dagsorden\n\nIndhold\n1 Godkendelse af dagsorden\n2 Budget 2025\n\n1 Godkendelse af dagsorden\n\nIndstilling\nAt dagsordenen godkendes.\n\n2 Budget 2025\n\nSagsfremstilling\nBudgettet 2 Afdelinger skal ændres.\n\n3 Afdelinger lægges sammen\n\nIndstilling\nGodkendes.\n';
    const r = parseMinutes(text);
    expect(r.ok && r.meeting.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Godkendelse af dagsorden'],
      ['2', 'Budget 2025'],
    ]);
    expect(r.ok && r.meeting.items[1]!.sections.map((s) => s.text).join('\n')).toContain('3 Afdelinger lægges sammen');
  });
});

describe('page numbers in a table of contents', () => {
  it('keeps a tab-separated page out of the title and never lets a page number extend an item title', () => {
    const r = parseMinutes('Dagsorden\n\nIndhold\n1. Godkendelse af dagsorden 3\n2. Budget\t4\n\n1. Godkendelse af dagsorden\n\nIndstilling\nGodkendes.\n\n2. Budget\n\nIndstilling\nGodkendes.\n');
    expect(r.ok && r.meeting.items.map((i) => i.title)).toEqual(['Godkendelse af dagsorden', 'Budget']);
    expect(r.ok && r.meeting.toc[1]).toMatchObject({ title: 'Budget', page: '4' });
  });
});

describe('substitutes in a participants list', () => {
  const doc = (lines: string) =>
    `Referat af møde i Ældrerådet\nDato: 3. april 2024\n\n${lines}\n\n1. Godkendelse af dagsorden\nBeslutning: Godkendt.\n\n2. Eventuelt\nBeslutning: Intet.\n`;
  const people = (text: string) => {
    const r = parseMinutes(doc(text));
    if (!r.ok) throw new Error(r.failure.message);
    return r.meeting.participants.map((p) => `${p.name}${p.absent ? ' (absent)' : ''}`);
  };
  it('reads `Navn (stedfortræder for Navn)` in a list of members: the member stood in for is absent', () => {
    expect(people('Deltagere: Ole Bak, Eva Lund (stedfortræder for Jens Kro), Mia Dahl')).toEqual(['Ole Bak', 'Eva Lund', 'Jens Kro (absent)', 'Mia Dahl']);
  });
  it('reads `Hele bestyrelsen undtagen Per Holm` as one absent member, and a head count as nobody', () => {
    expect(people('Til stede: Hele bestyrelsen undtagen Per Holm')).toEqual(['Per Holm (absent)']);
    expect(people('Til stede: Alle medlemmer')).toEqual([]);
    expect(people('Fremmødte: 23 andelshavere, heraf 4 ved fuldmagt.')).toEqual([]);
  });
  it('reads `for` as a substitution only under a substitutes label', () => {
    expect(people('Fremmødte: Ole Bak, Eva Lund for Økonomiafdelingen')).toEqual(['Ole Bak', 'Eva Lund for Økonomiafdelingen']);
    expect(people('Stedfortrædere: Eva Lund for Jens Kro, Per Vad (A) for Lis Ager (A)')).toEqual(['Eva Lund', 'Jens Kro (absent)', 'Per Vad (A)', 'Lis Ager (A) (absent)']);
  });
});
