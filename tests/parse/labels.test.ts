// Header facts and section labels as other systems write them: the date under a time label, a labelled date before
// an unlabelled one, the header of the e-mail the minutes came in, decision labels other than `Beslutning`, and an
// agenda whose `Beslutning` headings are still empty.
import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../src/model/meeting.js';
import { parseMinutes } from '../../src/parse/index.js';
import { committeeFromMeetingWord, committeeFromTitle } from '../../src/parse/header.js';
import { displayName } from '../../src/parse/assemble.js';
import { meetingOf } from '../helpers/fixtures.js';

function meeting(text: string): Meeting {
  const r = parseMinutes(text, { path: 'x.txt' });
  if (!r.ok) throw new Error(r.failure.message);
  return r.meeting;
}

const ITEMS = '1. Godkendelse af dagsorden\nBeslutning: Godkendt.\n\n2. Eventuelt\nBeslutning: Intet.\n';

describe('dates and times in the header', () => {
  it.each(['Mødetidspunkt', 'Tidspunkt', 'Mødetid', 'Tid'])('reads the date under `%s:`', (label) => {
    const m = meeting(`Referat\nBørne- og Ungeudvalget\n${label}: Tirsdag den 4. marts 2024 kl. 15.00\nMødested: Rådhuset\n\n${ITEMS}`);
    expect([m.date, m.start, m.location]).toEqual(['2024-03-04', '2024-03-04T15:00', 'Rådhuset']);
  });
  it.each([
    ['Dato: 4. marts 2024 kl. 19-21', '2024-03-04T19:00', '2024-03-04T21:00'],
    ['Dato: 4. marts 2024 kl. 9 – 12', '2024-03-04T09:00', '2024-03-04T12:00'],
    ['Dato: 4. marts 2024 kl. 19', '2024-03-04T19:00', null],
    ['Dato: 4. marts 2024 kl. 19.00 til kl. 21', '2024-03-04T19:00', '2024-03-04T21:00'],
  ])('reads whole hours after `kl.`: %s', (line, start, end) => {
    const m = meeting(`Referat\nBestyrelsen\n${line}\n\n${ITEMS}`);
    expect([m.start, m.end]).toEqual([start, end]);
  });
  it('prefers `Mødedato:` to an earlier unlabelled date line', () => {
    const m = meeting(`Referat\nØkonomiudvalget\nRevideret 2. maj 2024\n\nMødedato: 6. maj 2024\nMødetid: 08:30-10:00\n\n${ITEMS}`);
    expect([m.date, m.start, m.end]).toEqual(['2024-05-06', '2024-05-06T08:30', '2024-05-06T10:00']);
  });
  it('keeps the header of the e-mail the minutes came in out of the title, committee and date', () => {
    const m = meeting(
      `Fra: Sekretariatet <sekretariat@kommune.dk>\nSendt: 15. marts 2024 10:12\nTil: Medlemmer af Børne- og Skoleudvalget\nEmne: Referat fra Børne- og Skoleudvalget 12.03.2024\n\nReferat\nBørne- og Skoleudvalget\nMødedato: 12.03.2024 kl. 16.00\n\n${ITEMS}`,
    );
    expect([m.title, m.committee, m.date, m.start]).toEqual(['Referat', 'Børne- og Skoleudvalget', '2024-03-12', '2024-03-12T16:00']);
    expect(m.header.filter((f) => f.field === 'other').map((f) => f.label)).toEqual(['Fra', 'Sendt', 'Til', 'Emne']);
  });
  it('reads `Referat fra` as a title, not as an e-mail label', () => {
    const m = meeting(`Referat fra\nmødet i Regionsrådet\nden 22. juni 2022 kl. 10.00\n\n${ITEMS}`);
    expect(m.date).toBe('2022-06-22');
  });
});

describe('decision labels besides `Beslutning`', () => {
  it.each([
    'Besluttet:',
    'Vedtagelse:',
    'Udvalgets afgørelse:',
    'Beslutning/referat:',
    'Drøftelse/beslutning:',
    'UDVALGETS BESLUTNING',
    'Økonomiudvalgets beslutning 6. maj 2024:',
    'Byrådets afgørelse den 6. maj 2024',
  ])('`%s` opens the decision, after the recommendation', (label) => {
    const m = meeting(
      `Referat\nØkonomiudvalget\nMødedato: 6. maj 2024\n\n1. Salg af grund\nIndstilling:\nDirektionen indstiller, at grunden sælges.\n${label}\nTilbuddet blev accepteret.\n\n2. Eventuelt\n${label}\nIntet.\n`,
    );
    expect(m.items[0]!.sections.map((s) => s.kind)).toEqual(['recommendation', 'decision']);
    expect(m.items[0]!.decision).toBe('Tilbuddet blev accepteret.');
    expect(m.items[0]!.recommendation).toBe('Direktionen indstiller, at grunden sælges.');
  });
});

describe('an agenda prints empty `Beslutning` headings', () => {
  const agenda = `Dagsorden\nByrådet\nMødedato: 14. maj 2024 kl. 18:00\n\n1. Anlægsbevilling\n\nIndstilling\nDirektionen indstiller, at bevillingen gives.\n\nBeslutning i Økonomiudvalget den 6. maj 2024\nAnbefales.\n\nBeslutning\n\n2. Salg af grund\n\nIndstilling\nDirektionen indstiller, at tilbuddet accepteres.\n\nBeslutning\n`;
  it('is an agenda, not minutes', () => {
    const m = meeting(agenda);
    expect(m.kind).toBe('agenda');
    expect(m.items.map((i) => i.decision)).toEqual(['', '']);
  });
  it('is minutes once a decision is filled in', () => {
    expect(meeting(agenda.replace('Beslutning\n\n2.', 'Beslutning\nGodkendt.\n\n2.')).kind).toBe('minutes');
  });
});

describe('association minutes', () => {
  it('reads `Ad. 1 Title` items', () => {
    const m = meeting('Referat af bestyrelsesmøde i Idrætsforeningen Ørsted\nDato: 9. januar 2024 kl. 19.00\n\nAd. 1 Godkendelse af dagsorden\nBeslutning: Godkendt.\n\nAd. 2 Kontingent 2024\nBeslutning: Kontingentet hæves.\n\nAd. 3 Eventuelt\nBeslutning: Intet.\n');
    expect(m.items.map((i) => [i.number, i.title])).toEqual([['1', 'Godkendelse af dagsorden'], ['2', 'Kontingent 2024'], ['3', 'Eventuelt']]);
  });
});

describe('the committee named in a title line', () => {
  it.each([
    ['Skolebestyrelsen ved Hyldagerskolen', 'Skolebestyrelsen ved Hyldagerskolen'],
    ['Menighedsrådet for Skt. Jørgens Sogn, 12. marts 2024', 'Menighedsrådet for Skt. Jørgens Sogn'],
    ['Dagsorden til Økonomiudvalgets møde', 'Økonomiudvalget'],
    ['Referat fra Børne- og Skoleudvalgets møde den 12. marts 2024', 'Børne- og Skoleudvalget'],
    ['Åbent møde for Teknik- og Miljøudvalgets møde den 12. marts 2024 kl. 08:30 i Mødelokale 1', 'Teknik- og Miljøudvalget'],
    ['Beslutningsprotokol for Økonomiudvalget', 'Økonomiudvalget'],
    ['Referat Økonomiudvalget 12.03.2024', 'Økonomiudvalget'],
    ['Økonomiudvalget, ordinært møde', 'Økonomiudvalget'],
    ['Referat af møde i Ældrerådet Tirsdag den 12. marts 2024 kl. 10', 'Ældrerådet'],
    ['Bestyrelsesmøde i Danske Handicaporganisationer, Lolland', 'Danske Handicaporganisationer'],
    ['Referat af ordinær generalforsamling i Grundejerforeningen Søvang', 'Grundejerforeningen Søvang'],
  ])('%s → %s', (title, want) => {
    expect(committeeFromTitle(title)).toBe(want);
  });
  it.each([
    ['Menighedsrådsmøde', 'Menighedsrådet'],
    ['MENIGHEDSRÅDSMØDE I HASLEV SOGN', 'Menighedsrådet'],
    ['Referat af byrådsmødet den 12. marts 2024', 'Byrådet'],
    ['Skolebestyrelsesmøde på Nørreskolen', 'Skolebestyrelsen'],
    ['Ældrerådsmøde 12.03.2024', 'Ældrerådet'],
  ])('the meeting word %s names %s (when no line names the committee)', (title, want) => {
    expect(committeeFromMeetingWord(title)).toBe(want);
  });
  it('a line naming the committee wins over the meeting word of the title above it', () => {
    expect(meetingOf('fixtures/formats/unseen/menighedsraad-dagsorden-label-over-body.txt').committee).toBe('Sankt Mortens Sogns Menighedsråd');
  });
});

describe('decision labels naming the committee or the date', () => {
  const doc = (label: string) =>
    meeting(`Referat\n${label.startsWith('Børne') ? 'Børne- og Skoleudvalget' : 'Teknisk Udvalg'}\nDato: 12. marts 2024\n\n1. Godkendelse af dagsorden\n\nIndstilling\nDagsordenen godkendes.\n\n${label}\nGodkendt med en tilføjelse.\n\n2. Vejbelysning på Skolevej\n\nIndstilling\nDer er 24 master.\n\n${label}\nAnbefales over for Økonomiudvalget.\n`);
  it.each(['Teknisk Udvalg, 12. marts 2024:', 'Teknisk Udvalg den 12-03-2024:', 'Beslutning (12.03.2024)', 'Beslutning (Teknisk Udvalg, 12.03.2024):', 'Teknisk Udvalgs beslutning', 'Børne- og Skoleudvalgets beslutning den 12. marts 2024'])('%s', (label) => {
    expect(doc(label).items.map((i) => i.decision)).toEqual(['Godkendt med en tilføjelse.', 'Anbefales over for Økonomiudvalget.']);
  });
  it("another body's genitive decision label is history in a committee's minutes", () => {
    const m = meeting('Referat\nRegionsrådet\nDato: 19. september 2023\n\n1. Budget\n\nFORRETNINGSUDVALGETS BESLUTNING\nAnbefalet.\n\nREGIONSRÅDETS BESLUTNING\nGodkendt.\n');
    expect(m.items[0]!.sections.map((s) => s.kind)).toEqual(['history', 'decision']);
    expect(m.items[0]!.decision).toBe('Godkendt.');
  });
});

describe('labels of workplace and member organisations', () => {
  it('`Vedtaget:` labels a decision, on a short line or a long one; `Vedtaget` alone is what was decided', () => {
    const long = 'Birte og Kamal matcher de 4 nye inden 1. august. Kamal tager kontakt til den arabisktalende borger. Der laves et opslag på Facebook for at finde flere frivillige.';
    const m = meeting(`Referat af bestyrelsesmøde\n\nPkt. 1: Godkendelse af dagsorden\nVedtaget: Dagsordenen blev godkendt.\n\nPkt. 2: Matchning\nTekst.\nVedtaget: ${long}\n\nPkt. 3: Eventuelt\nIntet.\n`);
    expect(m.items.map((i) => i.decision)).toEqual(['Dagsordenen blev godkendt.', long, null]);
    const alone = meeting('Referat\n\n1. Budget\nBeslutning: Godkendt.\n\n2. Kontingent\nVedtaget\n\n3. Eventuelt\nBeslutning: Intet.\n');
    expect(alone.items[1]!.sections.map((s) => [s.kind, s.text])).toEqual([['other', 'Vedtaget']]);
  });

  it('an item title\'s closing colon is not part of it (`1. Godkendelse af dagsorden og referat:`)', () => {
    const m = meeting('Referat af forældrebestyrelsesmøde\n\n1. Godkendelse af dagsorden:\nKonklusion:\nGodkendt.\n\n2. Eventuelt:\nIntet.\n');
    expect(m.items.map((i) => i.title)).toEqual(['Godkendelse af dagsorden', 'Eventuelt']);
  });

  it('names the body from the meeting word or a line of its own', () => {
    expect(committeeFromMeetingWord('Hovedstyrelsesmøde 14.03.2024')).toBe('Hovedstyrelsen');
    expect(committeeFromMeetingWord('Styregruppemøde')).toBe('Styregruppen');
    expect(committeeFromTitle('Arbejdsmiljøudvalget (AMU)')).toBe('Arbejdsmiljøudvalget');
    expect(committeeFromTitle('Beredskabskommissionen')).toBe('Beredskabskommissionen');
    expect(committeeFromTitle('Styrelsen')).toBe('Styrelsen');
    expect(committeeFromTitle('Sundhedsstyrelsen')).toBeNull();
    expect(committeeFromTitle('Møde i Vækstforum mandag den 18. juni 2007 kl. 10.00')).toBe('Vækstforum');
    expect(committeeFromTitle('Ejerforeningen Ryesgade 31-33')).toBe('Ejerforeningen Ryesgade 31-33');
  });

  it('reads an English Outlook header as the mail\'s, and a blog\'s `Posted on` as the publication date', () => {
    const m = meeting('From: Tina Brøndum\nSent: Thursday, February 6, 2025 3:18 PM\nTo: LMU Skovbrynet\nSubject: Referat\n\nLMU – Plejecenter Skovbrynet\nReferat af møde onsdag den 5. februar 2025 kl. 14.00\n\n1. Godkendelse af dagsorden\nBeslutning: Godkendt.\n\n2. Eventuelt\nBeslutning: Intet.\n');
    expect([m.date, m.committee]).toEqual(['2025-02-05', 'LMU']);
    expect(meeting(`Referat af generalforsamling\nPosted on 2. maj 2024 by Bestyrelsen\n\n${ITEMS}`).published).toBe('2024-05-02');
  });
});

describe('names as names are written', () => {
  it.each([
    ['BYRÅDET', 'Byrådet'],
    ['VÆKSTFORUM FOR REGION SYDDANMARK', 'Vækstforum for Region Syddanmark'],
    ['BØRNE- OG UNGEUDVALGET', 'Børne- og Ungeudvalget'],
    ['KKR NORDJYLLAND', 'KKR Nordjylland'],
    ['MED-UDVALGET', 'MED-udvalget'],
    ['Økonomiudvalget', 'Økonomiudvalget'],
    ['LMU', 'LMU'],
  ])('the committee %s is %s', (name, want) => {
    expect(displayName(name)).toBe(want);
    expect(meeting(`${name}\nReferat af mødet den 4. marts 2024 kl. 15.00\n\n${ITEMS}`).committee).toBe(want);
  });

  it('an absence note names the absent member, and who came instead takes part', () => {
    const m = meetingOf('fixtures/corpus-constructed/1004_aeroe-kommunalbestyrelse-2024-09-26_word-utf16le.txt');
    expect(m.participants.filter((p) => /Bøje|Pallesen/u.test(p.name)).map((p) => [p.name, p.absent])).toEqual([['Henrik Bøje', true], ['Jan Pallesen (V)', false]]);
    const g = meetingOf('fixtures/corpus-constructed/1006_avannaata-kommunalbestyrelse-2022-02-24_word.txt');
    expect(g.participants.filter((p) => /Aronsen|Kristiansen|Peary/u.test(p.name)).map((p) => [p.name, p.absent]).sort()).toEqual([
      ['Hans Aronsen', true],
      ['Qaavigaq Peary', true],
      ['Tobias Kristiansen', false],
    ]);
  });
});

describe('the place on the line under the date', () => {
  it.each([
    ['Hotel Koldingfjord, Fjordvej 154, Kolding', 'Hotel Koldingfjord, Fjordvej 154, Kolding'],
    ['Nobelparken, bygning 1483, lokale 312', 'Nobelparken, bygning 1483, lokale 312'],
    ['Kl. 13.00-16.00 i KL-huset, Weidekampsgade 10', 'KL-huset, Weidekampsgade 10'],
    ['Kl. 16.00–18.00 hos Inger, Kalvøvej 12, Frederikssund', 'Inger, Kalvøvej 12, Frederikssund'],
  ])('%s', (line, place) => {
    expect(meeting(`Bestyrelsen\nReferat af mødet den 4. marts 2024\n${line}\n\n${ITEMS}`).location).toBe(place);
  });
  it('a sentence going on (`adresse, Industrivej 14, …`) or a line with a year is no place', () => {
    expect(meeting(`Bestyrelsen\nReferat af mødet den 4. marts 2024, afholdt på selskabets\nadresse, Industrivej 14, 9530 Støvring.\n\n${ITEMS}`).location).toBeNull();
    expect(meeting(`Bestyrelsen\nReferat af mødet den 4. marts 2024\nRådhuset, budget 2025\n\n${ITEMS}`).location).toBeNull();
  });
});
