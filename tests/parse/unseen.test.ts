// Layouts from systems without a real sample here. fixtures/formats/unseen/ holds constructed minutes (not real
// documents), each built around the traps of one layout: column headings over the table of contents, `Åbne sager` /
// `Lukkede sager` groups, sub-entries (`3.1`), a title wrapped onto a second contents line, pages set off by spaces,
// running page headers and footers (after a form feed too), `Åbent punkt` markers above each item, signatures and
// `Mødet blev hævet kl. 14.35.` after the last item, `Start:` / `Slut:` / `Mødetid:` labels, an unlabelled place under
// the date line. (No README beside them: folder runs over fixtures/ would read it as an input.) Below is what a
// careful reader expects of each: items, the contents, decisions without page furniture, markers or signatures, and
// the meeting facts.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, meetingOf } from '../helpers/fixtures.js';
import { parseMinutes } from '../../src/parse/index.js';
import { accountingErrors } from '../../src/parse/accounting.js';
import { findingsOf } from '../helpers/lint.js';

const DIR = 'fixtures/formats/unseen';

describe('e-Dagsorden style: column headings over the contents, `Åbent punkt` markers, a signature sheet', () => {
  const m = meetingOf(`${DIR}/edagsorden-column-headings.txt`);
  it('reads the contents under `Sag nr.    Side`, with their pages', () => {
    expect(m.toc.map((e) => [e.number, e.page])).toEqual([['112', '1'], ['113', '2'], ['114', '4'], ['115', '5'], ['116', '6']]);
    expect(m.items.map((i) => i.number)).toEqual(['112', '113', '114', '115', '116']);
  });
  it('keeps the markers and the signatures out of the decisions', () => {
    expect(m.items.map((i) => i.decision)).toEqual([
      'Godkendt.\nFraværende: Hanne Juul',
      'Anbefales.\nFraværende: Hanne Juul',
      'Anbefales.\nFraværende: Hanne Juul',
      'Lars Hansen blev udpeget.\nFraværende: Hanne Juul',
      'Borgmesteren orienterede om status på COVID-19.\nFraværende: Hanne Juul',
    ]);
    expect(m.unassigned.map((u) => u.reason)).toEqual(['boilerplate', 'boilerplate', 'boilerplate', 'boilerplate', 'trailing']);
    expect(m.unassigned.at(-1)!.text).toMatch(/^Underskriftsblad:\nJens Olsen \(formand\)/u);
  });
  it('names the committee and the place', () => {
    expect([m.committee, m.date, m.start, m.location]).toEqual(['Økonomiudvalget', '2021-09-14', '2021-09-14T15:00', 'Mødelokale 1, Rådhuset']);
  });
});

describe('regional council: `Sag … Side` headings, sub-entries 3.1/3.2, the closing time after the last item', () => {
  const m = meetingOf(`${DIR}/regionsraad-subentries.txt`);
  it('lists five entries (the sub-entries belong to entry 3) and five items', () => {
    expect(m.toc.map((e) => e.number)).toEqual(['1', '2', '3', '4', '5']);
    expect(m.items.map((i) => i.number)).toEqual(['1', '2', '3', '4', '5']);
  });
  it('ends the last decision before `Mødet blev hævet kl. 14.35.`, which gives the end time', () => {
    expect(m.items[4]!.decision).toBe('Meddelelserne blev taget til efterretning.\n\nJørgen Nørby og Marianne Karlsmose var fraværende.');
    expect([m.committee, m.start, m.end, m.location]).toEqual(['Regionsrådet', '2022-06-22T10:00', '2022-06-22T14:35', 'Regionshuset Viborg, Regionsrådssalen']);
  });
});

describe('the regional council without its contents: a numbered list in an item is not an item', () => {
  const text = readFileSync(path.join(ROOT, `${DIR}/regionsraad-subentries.txt`), 'utf8');
  const bare = parseMinutes(text.slice(0, text.indexOf('Indholdsfortegnelse')) + text.slice(text.indexOf('\n1. Godkendelse af dagsorden\n\nResume') + 1));
  it('finds items 1–5 (not `4. Noter`, the last line of a list in item 2)', () => {
    if (!bare.ok) throw new Error(bare.failure.message);
    expect(bare.meeting.toc).toEqual([]);
    expect(bare.meeting.items.map((i) => i.title)).toEqual(['Godkendelse af dagsorden', 'Regnskab 2021 for Region Midtjylland', 'Forslag til budget 2023 - overordnede rammer', 'Udpegning af medlemmer til Det Regionale Vækstforum', 'Meddelelser']);
    expect(bare.meeting.items[1]!.decision).toMatch(/^Forretningsudvalgets indstilling blev tiltrådt\./u);
  });
});

describe('pdftotext -layout: page headers after form feeds, contents groups and a wrapped title', () => {
  const m = meetingOf(`${DIR}/pdftotext-page-headers.txt`);
  it('reads the contents through `Åbne sager` / `Lukkede sager`, joins the wrapped title, marks the closed group', () => {
    expect(m.toc.map((e) => [e.number, e.page, e.closed])).toEqual([['87', '2', false], ['88', '3', false], ['89', '4', false], ['90', '6', false], ['91', '7', true]]);
    expect(m.toc[2]!.title).toBe('Forslag til kommuneplantillæg nr. 14 - solcellepark ved Hovbjerg');
    expect(m.items.map((i) => [i.number, i.closed])).toEqual([['87', false], ['88', false], ['89', false], ['90', false], ['91', true]]);
  });
  it('keeps page headers out of the text, and reads `Start:` / `Slut:`', () => {
    for (const it of m.items) for (const s of it.sections) expect(s.text).not.toMatch(/Side \d+ af \d+|\f/u);
    expect(m.items[2]!.decision).toBe('Sagen blev sendt tilbage til Teknik- og Miljøudvalget.\nFraværende: Torben Kjær (C)');
    expect(m.items[2]!.outcome).toBe('postponed');
    expect([m.start, m.end]).toEqual(['2021-08-25T18:00', '2021-08-25T21:40']);
  });
});

describe('page footers `Byrådet | 24-06-2021   Side 3 af 12` between the lines of an item', () => {
  const m = meetingOf(`${DIR}/byraad-page-footers.txt`);
  it('are not part of any section text', () => {
    expect(m.items.map((i) => i.decision)).toEqual([
      'Godkendt.\nFraværende: Dorthe Mikkelsen (C)',
      'Orienteringen blev taget til efterretning.',
      'Indstillingen blev godkendt.',
      'Godkendt med 5 stemmer for (A, V, C, F) og 1 imod (O).',
      'Sagen blev udsat.',
      'Intet.',
      'Godkendt.',
    ]);
    expect(m.location).toBe('Byrådssalen, Rådhuset');
  });
});

describe('a decision protocol with `Mødetid: 19:00 - 21:15` and signatures after the last item', () => {
  const m = meetingOf(`${DIR}/beslutningsprotokol-signatures.txt`);
  it('reads the times and keeps the signatures out of the last decision', () => {
    expect([m.start, m.end]).toEqual(['2022-04-26T19:00', '2022-04-26T21:15']);
    expect(m.items.at(-1)!.decision).toBe('Godkendt.');
    expect(m.unassigned).toMatchObject([{ reason: 'trailing', text: 'Underskrifter\nAnne Bach, borgmester' }]);
  });
  it('reads `Indstilling: …` with its text on the heading line as the recommendation', () => {
    expect(m.items.map((i) => i.recommendation?.split(' ')[0] ?? null)).toEqual([null, null, 'Økonomidirektøren', 'Direktøren', 'Teknisk', null, null, null]);
  });
});

describe('item numbers alone on their line, contents with pages set off by spaces, `Start:`/`Slut:`', () => {
  const m = meetingOf(`${DIR}/number-alone-spaced-pages.txt`);
  it('reads the contents under `Punkt   Titel   Side`, with pages, and every item', () => {
    expect(m.toc.map((e) => [e.number, e.title, e.page])).toEqual([
      ['29', 'Godkendelse af dagsorden', '2'],
      ['30', 'Trafiksikkerhedsplan 2023-2027', '3'],
      ['31', 'Vintervedligeholdelse - udbud', '5'],
      ['32', 'Klage over støj fra Vestervej 12', '6'],
      ['33', 'Orienteringssager', '7'],
    ]);
    expect(m.items.map((i) => i.title)).toEqual(m.toc.map((e) => e.title));
    expect([m.start, m.end]).toEqual(['2023-05-10T08:30', '2023-05-10T11:00']);
  });
});

describe('association minutes answering the agenda point by point: `Ad 1) …`', () => {
  const m = meetingOf(`${DIR}/forening-ad-items.txt`);
  it('anchors the seven `Ad N)` items on the `Dagsorden:` list; numbered lists in them stay text', () => {
    expect(m.items.map((i) => `${i.number} ${i.title}`)).toEqual([
      '1 Godkendelse af referat fra sidste møde',
      '2 Økonomi',
      '3 Vejene – huller og asfaltering',
      '4 Generalforsamling 2023',
      '5 Fællesarealer og grønne områder',
      '6 Eventuelt',
      '7 Næste møde',
    ]);
    expect(m.items[1]!.decision).toBe('Regnskabet blev godkendt og sendes til revisor.');
    expect(m.items[1]!.sections[0]!.text).toContain('1. Søbakken 3\n2. Søbakken 27\n3. Engvej 2');
  });
});

describe('a school board: `Pkt. N – Title (5 min)` followed by plain text, CRLF', () => {
  const m = meetingOf(`${DIR}/skolebestyrelse-pkt-dash-crlf.txt`);
  it('takes every worded item, also those without a section heading, and no list line', () => {
    expect(m.source.lineEnding).toBe('crlf');
    expect(m.items.map((i) => i.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    expect(m.items[3]!.title).toBe('Budget 2022 (30 min)');
    expect(m.items[2]!.decision).toBe('Skoleledelsen ser på punkt 2 og vender tilbage.');
    // No decision is invented where none is labelled.
    expect(m.items[0]!.decision).toBeNull();
  });
});

describe('`Punkt N.` with the title on the next lines: a title wrapped after `af`', () => {
  const m = meetingOf(`${DIR}/punkt-title-below-wrapped.txt`);
  it('joins the second title line to the title and keeps it out of the sections', () => {
    expect(m.items.map((i) => i.title)).toEqual(['Godkendelse af dagsorden', 'Ansøgning om tilskud til etablering af legeplads ved Bøgevej', 'Eventuelt']);
    expect(m.items[1]!.titleLines.map((t) => t.line)).toEqual([10, 11, 12]);
    expect(m.items[1]!.sections.map((s) => s.heading)).toEqual(['Sagsfremstilling:', 'Beslutning:']);
  });
  it('does not join a lower-case line under a complete title, nor a paragraph', () => {
    const text = (title: string, after: string) => `Referat\nSocialudvalget\nMødedato: 4. maj 2023\n\nPunkt 1.\n${title}\n${after}\nBeslutning:\nGodkendt.\n\nPunkt 2.\nEventuelt\nBeslutning:\nIntet.\n`;
    const title = (t: string, after: string) => {
      const r = parseMinutes(text(t, after));
      if (!r.ok) throw new Error(r.failure.message);
      return r.meeting.items[0]!.title;
    };
    expect(title('Status på budget', 'orientering ved direktøren')).toBe('Status på budget');
    expect(title('Status på budget for', 'skoleområdet')).toBe('Status på budget for skoleområdet');
    expect(title('Status på budget for', 'skoleområdet er givet.\nmere tekst')).toBe('Status på budget for');
  });
});

describe('pdftotext -layout: headings in the left margin with their text beside them, a header in two columns', () => {
  const m = meetingOf(`${DIR}/pdftotext-layout-margin-headings.txt`);
  it('reads `Beslutning           Godkendt.` as a heading and its text, continuation lines included', () => {
    expect(m.items.map((i) => i.sections.map((s) => s.kind))).toEqual([['decision'], ['case', 'recommendation', 'decision'], ['decision']]);
    expect(m.items.map((i) => i.decision)).toEqual(['Godkendt.', 'Indstillingen blev godkendt, dog således at\nhastighedsnedsættelsen på Skolevej fremrykkes.', 'Intet.']);
    expect(m.items[1]!.sections[0]!.text).toBe('Planen har været i høring i 6 uger. Der er indkommet 14\nhøringssvar, som er behandlet i vedlagte notat.');
  });
  it('takes the title and the committee from the two columns of the first line', () => {
    expect([m.title, m.committee, m.date, m.location]).toEqual(['Referat', 'Miljø- og Teknikudvalget', '2024-06-04', 'Rådhuset, lokale 2']);
  });
  it('does not read justified text or a heading word inside a sentence as a margin heading', () => {
    const r = parseMinutes(
      'Referat\nMiljøudvalget\nMødedato: 4. juni 2024\n\n1. Plan\n\nSagsfremstilling\nBeslutning  om  planen  træffes  senere.\nØkonomi   er   uændret.\n\nBeslutning\nGodkendt.\n',
    );
    if (!r.ok) throw new Error(r.failure.message);
    expect(r.meeting.items[0]!.sections.map((s) => s.heading)).toEqual(['Sagsfremstilling', 'Beslutning']);
  });
});

describe('PDF pages: running headers and footers, page breaks under an empty label, two label pairs on a line', () => {
  it('keeps a running header (`Økonomiudvalg 03-04-2024      Side 3`) out of the decision it interrupts', () => {
    const m = meetingOf(`${DIR}/pdf-running-headers.txt`);
    expect(m.items.map((i) => i.decision)).toEqual(['Godkendt.', 'Anbefales over for Byrådet med den tilføjelse, at salget sker ved offentligt\nudbud.', 'Taget til efterretning.']);
  });
  it('reads nobody as absent under an empty `Fraværende:` at the foot of a page', () => {
    const m = meetingOf(`${DIR}/empty-label-before-page-break.txt`);
    expect(m.participants.map((p) => `${p.name}${p.absent ? ' (absent)' : ''}`)).toEqual(['Anne Hansen (A)', 'Bo Jensen (V)', 'Carl Nielsen (F)', 'Dorte Mikkelsen (O)']);
    expect(m.toc.map((e) => e.number)).toEqual(['1', '2', '3', '4']);
  });
  it('reads `Mødested: …      Afbud: …` as two facts', () => {
    const m = meetingOf(`${DIR}/header-two-pairs-per-line.txt`);
    expect([m.date, m.start, m.end, m.location]).toEqual(['2024-03-12', '2024-03-12T15:00', '2024-03-12T17:30', 'Rådhuset, mødelokale 2']);
    expect(m.participants.filter((p) => p.absent).map((p) => p.name)).toEqual(['Erik Poulsen (C)']);
  });
  it('keeps a line repeated at the foot of per-item pages that holds no date or page number (`Fraværende: …`)', () => {
    const m = meetingOf(`${DIR}/pdftotext-page-headers.txt`);
    expect(m.items.filter((i) => i.decision?.endsWith('Fraværende: Torben Kjær (C)')).length).toBeGreaterThan(0);
  });
});

describe('`Dagsorden:` over titles without numbers, each title again over its item', () => {
  const m = meetingOf(`${DIR}/unnumbered-agenda-list.txt`);
  it('takes the place after the time on the date line (`kl. 10.00-12.00, Borgerhuset`)', () => {
    expect([m.start, m.end, m.location]).toEqual(['2024-01-16T10:00', '2024-01-16T12:00', 'Borgerhuset']);
  });
  it('reads the list as the contents and anchors the unnumbered items on it', () => {
    expect(m.toc.map((e) => [e.number, e.title])).toEqual([[null, 'Godkendelse af dagsorden'], [null, 'Nyt fra formanden'], [null, 'Høring om trafikplan'], [null, 'Eventuelt']]);
    expect(m.items.map((i) => [i.number, i.title, i.decision])).toEqual([
      [null, 'Godkendelse af dagsorden', 'Godkendt.'],
      [null, 'Nyt fra formanden', 'Taget til efterretning.'],
      [null, 'Høring om trafikplan', 'Seniorrådet afgiver høringssvar med fokus på busforbindelser. Arne skriver udkast.'],
      [null, 'Eventuelt', 'Intet.'],
    ]);
  });
  it('is not read into a header whose lines do not stand again in the body', () => {
    const r = parseMinutes('Dagsorden\nByrådet\nMødested Rådhuset\n\n1. Godkendelse af dagsorden\nBeslutning: Godkendt.\n\n2. Eventuelt\nBeslutning: Intet.\n');
    expect(r.ok && [r.meeting.toc.length, r.meeting.committee, r.meeting.items.length]).toEqual([0, 'Byrådet', 2]);
  });
});

describe('minutes as a table: one row per item under `Punkt  Emne  Beslutning`', () => {
  it('reads a Word table saved as text (cells apart by tabs)', () => {
    const m = meetingOf(`${DIR}/word-table-tabs.txt`);
    expect(m.source.format).toBe('table');
    expect(m.items.map((i) => [i.number, i.title, i.decision, i.line])).toEqual([
      ['1', 'Godkendelse af dagsorden', 'Dagsordenen blev godkendt.', 10],
      ['2', 'Godkendelse af referat fra 8. marts 2024', 'Referatet blev godkendt.', 11],
      ['3', 'Høring: Ældrepolitik 2024-2028', 'Ældrerådet drøftede udkastet og afgiver høringssvar. Formanden skriver udkast.', 12],
      ['4', 'Budget for Ældrerådet 2024', 'Orientering om forbrug til dato. Taget til efterretning.', 13],
      ['5', 'Eventuelt', 'Intet.', 14],
    ]);
    expect(m.items[0]!.sections.map((x) => [x.heading, x.kind])).toEqual([['Referat/beslutning', 'decision']]);
    expect([m.committee, m.date, m.start, m.end]).toEqual(['Ældrerådet i Hedensted Kommune', '2024-04-12', '2024-04-12T09:30', '2024-04-12T12:00']);
  });
  it('reads a PDF table through pdftotext -layout, cells wrapped onto more lines', () => {
    const m = meetingOf(`${DIR}/pdftotext-layout-table.txt`);
    expect(m.source.format).toBe('table');
    expect(m.items.map((i) => [i.number, i.title, i.outcome])).toEqual([
      ['1', 'Godkendelse af dagsorden', 'approved'],
      ['2', 'Regnskab 2022/23', 'approved'],
      ['3', 'Renovering af altaner, afd. 3', 'approved'],
      ['4', 'Eventuelt', 'other'],
    ]);
    expect(m.items[2]!.decision).toBe('Bestyrelsen godkendte\nprojektforslaget. Sagen\nforelægges afdelingsmødet.');
    expect(m.committee).toBe('Bestyrelsen for Boligselskabet Fjordparken');
  });
  const table = (rows: string, title = 'Referat') => {
    const r = parseMinutes(`${title}\nBestyrelsen for Vandværket\nDato: 20. november 2023\n\n${rows}`);
    if (!r.ok) throw new Error(r.failure.message);
    return r.meeting;
  };
  it('keeps another column with the decision, titles wrapped in their column, and the closing out of the last row', () => {
    const m = table(
      'Pkt.  Emne                      Beslutning                 Ansvarlig\n' +
        '1.    Takster 2024              Kubikmeterprisen blev      Poul\n' +
        '      for vand                  vedtaget.\n' +
        '2.    Eventuelt                 Intet.\n' +
        '\nMødet sluttede kl. 21.00.\nPoul Krag, formand\n',
    );
    expect(m.items.map((i) => [i.title, i.decision])).toEqual([
      ['Takster 2024 for vand', 'Kubikmeterprisen blev\nvedtaget.\n\nAnsvarlig: Poul'],
      ['Eventuelt', 'Intet.'],
    ]);
    expect(m.unassigned.map((u) => [u.reason, u.line])).toEqual([['trailing', 9]]);
    expect(accountingErrors(m)).toEqual([]);
  });
  it('reads numbers inside the title cell, and an agenda whose decision column is empty', () => {
    const m = table('Dagsorden\tBeslutning\n1. Godkendelse af dagsorden\t\n2. Budget\t\n3. Eventuelt\t\n', 'Dagsorden');
    expect(m.items.map((i) => [i.number, i.title, i.decision])).toEqual([['1', 'Godkendelse af dagsorden', ''], ['2', 'Budget', ''], ['3', 'Eventuelt', '']]);
    expect(m.kind).toBe('agenda');
  });
});

describe('participants: lists wrapped under their label, roles, `Afbud fra …` without a colon', () => {
  const names = (name: string) => meetingOf(`${DIR}/${name}.txt`).participants.map((p) => `${p.name}${p.absent ? ' (absent)' : ''}`);
  it('reads a list wrapped onto the next line (its first line ends with a comma)', () => {
    expect(names('pdftotext-page-headers')).toEqual(['Ulla Vestergaard (A)', 'Henrik Møller (V)', 'Susanne Lund (A)', 'Torben Kjær (C) (absent)', 'Ib Nygaard (O)', 'Nina Bach (F)']);
  });
  it('reads one name per line under `Medlemmer:`, keeping a role with its name', () => {
    expect(names('punkt-names-under-label')).toEqual(['Lise Frost (A), formand', 'Jakob Winther (V)', 'Hanne Kold (A)', 'Martin Fog (DF) (absent)', 'Gry Nord (SF)']);
  });
  it('reads `Tilstede:` and `Forfald:` lists, and a substitute `Erik Olsen for Frank Berg` (Frank Berg is absent)', () => {
    expect(names('skolebestyrelse-pkt-dash-crlf')).toEqual([
      'Morten Krog (formand)', 'Anja Lind', 'Rasmus Holt', 'Sofie Berg (elevrådsrepr.)', 'Louise Thygesen (skoleleder)', 'Kim Vad (viceskoleleder)',
      'Peter Dam (absent)', 'Camilla Rask (absent)',
    ]);
    expect(names('grundejer-tilstede-stedfortraeder')).toEqual([
      'Anne Hansen (formand)', 'Bo Jensen', 'Carl Nielsen', 'Frank Berg (absent)', 'Dorte Madsen (absent)', 'Erik Olsen', 'Gitte Holm (revisor)',
    ]);
  });
  it('reads `Afbud fra Lone Friis`, the association as the committee and the host as the place', () => {
    expect(names('forening-ad-items')).toContain('Lone Friis (absent)');
    const m = meetingOf(`${DIR}/forening-ad-items.txt`);
    expect([m.committee, m.location]).toEqual(['Grundejerforeningen Søbakken', 'Jens (Søbakken 14)']);
  });
});

describe('an elderly council: `Dagsordenspunkt N:` items, `Tid: Kl. 9.30 – 12.00`, the council named with its municipality', () => {
  const m = meetingOf(`${DIR}/aeldreraad-dagsordenspunkt.txt`);
  it('has its facts and seven items', () => {
    expect([m.committee, m.start, m.end]).toEqual(['Ældrerådet i Faxe Kommune', '2022-11-08T09:30', '2022-11-08T12:00']);
    expect(m.items.map((i) => i.number)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(m.items[4]!.outcomes).toEqual(['discussed', 'postponed']);
  });
});

describe('a committee page copied from a browser: navigation, cookie banner, `Åben`/`Lukket` markers, site footer', () => {
  const m = meetingOf(`${DIR}/webpage-aaben-lukket-footer.txt`);
  it('takes the title from the page, not from its navigation, and no button as a name', () => {
    expect([m.title, m.committee, m.start, m.end]).toEqual(['Referat 12. september 2023', 'Miljø- og Klimaudvalget', '2023-09-12T15:30', '2023-09-12T17:45']);
    expect(m.participants.filter((p) => p.absent).map((p) => p.name)).toEqual(['Bo Carlsen (DF)']);
  });
  it('marks the `Lukket` item closed and keeps the footer out of the last decision', () => {
    expect(m.items.map((i) => [i.number, i.closed])).toEqual([['1', false], ['2', false], ['3', false], ['4', true], ['5', false]]);
    expect(m.items[4]!.decision).toBe('Intet.');
    expect(m.unassigned.at(-1)).toMatchObject({ reason: 'boilerplate', text: expect.stringMatching(/^Til toppen\nKontakt/u) });
  });
});

describe('titles wrapped onto a second line, in the contents (pages set off by spaces) and in the body', () => {
  const m = meetingOf(`${DIR}/wrapped-titles.txt`);
  const full = 'Anlægsbevilling og frigivelse af rådighedsbeløb til etablering af nyt varmeanlæg og solceller på Stadion Allé 4-6';
  it('joins both lines, and keeps the page apart', () => {
    expect(m.toc.map((e) => e.page)).toEqual(['1', '2', '4', '6']);
    expect(m.toc[1]!.title).toBe(full);
    expect(m.items[1]!.title).toBe(full);
    expect(m.items[2]!.title).toBe('Forslag til ændring af regulativ for husholdningsaffald som følge af krav om indsamling af 10 fraktioner');
  });
});

describe('a council writing `Afgørelse:` in one item and `Referat:` / `Konklusion:` in the others', () => {
  const m = meetingOf(`${DIR}/raad-konklusion-referat.txt`);
  it('takes each item\'s own decision label', () => {
    expect(m.items.map((i) => i.decision)).toEqual([
      'Formanden bød velkommen. Dagsordenen blev godkendt.',
      'Rådet drøftede, hvordan flere mænd kan få lyst til at deltage.\n\nRådet anbefaler, at der også holdes sprogcafé om aftenen. Birthe tager kontakt til biblioteket.',
      'Rådet afgiver høringssvar. Formanden og Lars skriver udkast, som sendes rundt på mail.',
      "Rådet besluttede at bruge 8.000 kr. på et fællesarrangement på FN's internationale dag.",
      'Intet.',
    ]);
  });
});

describe('a council: `Punkt 61` alone, the title in capitals below, the decision as plain text, no headings at all', () => {
  const m = meetingOf(`${DIR}/punkt-alone-caps-titles.txt`);
  it('is minutes, with six items and its facts', () => {
    expect([m.kind, m.committee, m.date, m.start, m.end, m.location]).toEqual(['minutes', 'Kommunalbestyrelsen i Lejre', '2023-04-27', '2023-04-27T18:00', '2023-04-27T21:05', 'Allerslev Rådhus']);
    expect(m.items.map((i) => [i.number, i.closed])).toEqual([['61', false], ['62', false], ['63', false], ['64', false], ['65', false], ['66', true]]);
    expect(m.items[0]!.title).toBe('GODKENDELSE AF DAGSORDEN');
  });
});

describe('items numbered 1.1, 1.2, 2.1 under group headings (`B. Sager til orientering`, `C. Lukkede sager`)', () => {
  const m = meetingOf(`${DIR}/grouped-decimal-items.txt`);
  it('takes the decimal numbers as the items, keeps the group headings out of the decisions, closes the closed group', () => {
    expect(m.items.map((i) => [i.number, i.closed])).toEqual([['1.1', false], ['1.2', false], ['1.3', false], ['2.1', false], ['2.2', false], ['3.1', true]]);
    expect(m.items[2]!.decision).toBe('Anbefales godkendt.');
    expect(m.unassigned.map((u) => u.text)).toEqual(['B. Sager til orientering', 'C. Lukkede sager']);
  });
});

describe('heuristics that must not misfire on real minutes', () => {
  it('a committee whose name starts like a report title is not refused', () => {
    expect(meetingOf(`${DIR}/strategi-udvalg-not-a-report.txt`).items.length).toBe(3);
  });
  it('a page reference in running text (`…, side 4 af 5`) is text, not a page footer', () => {
    const m = meetingOf(`${DIR}/page-references-in-text.txt`);
    expect(m.items[1]!.decision).toMatch(/^Anbefales over for Byrådet med de ændringer, der er beskrevet i hvidbogen, side 4 af 5/u);
    expect(m.items[1]!.outcome).toBe('approved');
  });
  it('vote counts written `- 14 -` inside a paragraph stay in it (only a `- 3 -` set apart by a blank line is a page number)', () => {
    const m = meetingOf(`${DIR}/page-references-in-text.txt`);
    expect(m.items.some((i) => i.sections.some((x) => x.text.includes('For vejadgang fra nord\n- 14 -\nImod\n- 3 -')))).toBe(true);
  });
  it('a majority that could not approve rejects; a dissent inside it states no approval', () => {
    expect(meetingOf(`${DIR}/dissent-and-majority.txt`).items[2]!.outcomes).toEqual(['rejected']);
  });
});

describe('every line is accounted for', () => {
  it.each(['grouped-decimal-items', 'punkt-alone-caps-titles', 'raad-konklusion-referat', 'wrapped-titles', 'webpage-aaben-lukket-footer', 'edagsorden-column-headings', 'regionsraad-subentries', 'pdftotext-page-headers', 'byraad-page-footers', 'beslutningsprotokol-signatures', 'number-alone-spaced-pages', 'forening-ad-items', 'skolebestyrelse-pkt-dash-crlf', 'aeldreraad-dagsordenspunkt', 'punkt-names-under-label', 'grundejer-tilstede-stedfortraeder', 'punkt-title-below-wrapped', 'pdftotext-layout-margin-headings', 'word-table-tabs', 'pdftotext-layout-table', 'pdf-running-headers', 'empty-label-before-page-break', 'header-two-pairs-per-line', 'unnumbered-agenda-list'])('%s', (name) => {
    expect(accountingErrors(meetingOf(`${DIR}/${name}.txt`))).toEqual([]);
  });
});

describe('items added after the agenda went out, numbered with a letter (`3a.`, `3 b.`)', () => {
  const m = meetingOf(`${DIR}/byraad-added-items-lettered.txt`);
  it('lists and finds 3a and 3b between items 3 and 4, each with its own decision', () => {
    expect(m.toc.map((e) => e.number)).toEqual(['1', '2', '3', '3a', '3b', '4']);
    expect(m.items.map((i) => [i.number, i.title, i.decision])).toEqual([
      ['1', 'Godkendelse af dagsorden', 'Dagsordenen blev godkendt med de to tilføjede punkter 3a og 3b.'],
      ['2', 'Regnskab 2023', 'Godkendt.'],
      ['3', 'Lokalplan 1042 for boliger ved Skovvej - endelig vedtagelse', 'Vedtaget.'],
      ['3a', 'Tillægsbevilling til vintervedligeholdelse', 'Godkendt.'],
      ['3b', 'Ændring af takster for hjemmepleje', 'Sagen blev udsat til næste møde.'],
      ['4', 'Eventuelt', 'Intet.'],
    ]);
    expect(m.items[4]!.outcome).toBe('postponed');
  });
  it('keeps the lettered list of hearing answers (`1a.`, `2a.`) inside item 3', () => {
    expect(m.items[2]!.sections[0]!.text).toMatch(/\n1a\. Trafik på Skovvej\n1b\. Skyggegener for naboer\n2a\. Regnvandshåndtering$/u);
  });
  it('accounts for every line, and validate finds nothing to report', () => {
    expect(accountingErrors(m)).toEqual([]);
    expect(findingsOf(`${DIR}/byraad-added-items-lettered.txt`)).toEqual([]);
  });
  it('finds 3a and 3b without the contents too, where each stands as an item heading', () => {
    const text = readFileSync(path.join(ROOT, `${DIR}/byraad-added-items-lettered.txt`), 'utf8');
    const bare = parseMinutes(text.slice(0, text.indexOf('PUNKTER')) + text.slice(text.indexOf('\n1. Godkendelse af dagsorden\n\nGodkendelse') + 1));
    if (!bare.ok) throw new Error(bare.failure.message);
    expect(bare.meeting.toc).toEqual([]);
    expect(bare.meeting.items.map((i) => i.number)).toEqual(['1', '2', '3', '3a', '3b', '4']);
  });
});

describe('items numbered in other ways: roman numerals, letters, `§ N.`, `N - Title`, `(N)`, case numbers, `Sag nr. N`', () => {
  const rows = (name: string) => meetingOf(`${DIR}/${name}.txt`).items.map((i) => [i.number, i.title, i.decision]);
  it('a parish council numbering `I.`–`V.` with `Beslutning: …` on the item\'s line (the marker is the number)', () => {
    const m = meetingOf(`${DIR}/menighedsraad-roman-inline.txt`);
    expect(m.committee).toBe('Menighedsrådet ved Sankt Jakobs Kirke');
    expect(m.items.map((i) => [i.number, i.title, i.decision])).toEqual([
      ['I', 'Godkendelse af dagsorden', 'Godkendt.'],
      ['II', 'Godkendelse af referat fra mødet den 8. februar 2024', 'Godkendt og underskrevet.'],
      ['III', 'Kvartalsrapport 4. kvartal 2023', 'Kvartalsrapporten blev godkendt.'],
      ['IV', 'Renovering af kirkens tag', 'Menighedsrådet vedtog at indhente tre tilbud. Hans er tovholder.'],
      ['V', 'Eventuelt', null],
    ]);
    expect(findingsOf(`${DIR}/menighedsraad-roman-inline.txt`)).toEqual([]);
  });
  it('letters `A.`–`D.` without contents', () => {
    expect(rows('letter-items-no-contents').map((r) => r[0])).toEqual(['A', 'B', 'C', 'D']);
  });
  it('an old protocol numbering `§ 1.`, with the case text right under each title', () => {
    const m = meetingOf(`${DIR}/beslutningsprotokol-paragraf-items.txt`);
    expect(m.committee).toBe('Kommunalbestyrelsen');
    expect(rows('beslutningsprotokol-paragraf-items')).toEqual([
      ['1', 'Godkendelse af dagsorden', 'Godkendt.'],
      ['2', 'Lokalplan nr. 54 for boligområde ved Møllevej', 'Lokalplanen blev endeligt vedtaget.'],
      ['3', 'Tillægsbevilling til vejvedligeholdelse', 'Bevilget.'],
      ['4', 'Eventuelt', 'Intet.'],
    ]);
  });
  it('`1 - Title` in the contents and the body', () => {
    const m = meetingOf(`${DIR}/dash-numbered-items.txt`);
    expect(m.toc.map((e) => e.number)).toEqual(['1', '2', '3', '4']);
    expect(rows('dash-numbered-items').map((r) => [r[0], r[1]])).toEqual([
      ['1', 'Godkendelse af dagsorden'],
      ['2', 'Budgetopfølgning pr. 31. januar 2024'],
      ['3', 'Lokalplan for boligområde ved Engvej'],
      ['4', 'Eventuelt'],
    ]);
    // The contents lines were read as header fields (a `date` of `2 - Budgetopfølgning pr. 31. januar 2024`).
    expect(m.header.filter((f) => /Budgetopfølgning/u.test(f.value))).toEqual([]);
  });
  it('titles led by a case number (`24/1044 …`): four items, each with its own decision, and the contents read', () => {
    const m = meetingOf(`${DIR}/case-number-items.txt`);
    expect(m.toc).toHaveLength(4);
    expect(m.header.filter((f) => f.field === 'date').map((f) => f.value)).toEqual(['12. marts 2024']);
    expect(rows('case-number-items').map((r) => r[2])).toEqual([
      'Dagsordenen blev godkendt med tilføjelse af et ekstra punkt.',
      'Budgetopfølgningen blev taget til efterretning.',
      'Indstillingen blev fulgt. Lokalplanforslaget sendes i høring.',
      'Carsten Lund spurgte til vintertjenesten. Forvaltningen svarer skriftligt.',
    ]);
    expect(findingsOf(`${DIR}/case-number-items.txt`)).toEqual([]);
  });
  it('`Sag nr. 45 Title` contents over `Sag nr. 45` items', () => {
    expect(meetingOf(`${DIR}/sag-nr-contents.txt`).toc.map((e) => [e.number, e.title])).toEqual([
      ['45', 'Godkendelse af dagsorden'],
      ['46', 'Budgetopfølgning pr. 31. januar 2024'],
      ['47', 'Lokalplan for boligområde ved Engvej'],
      ['48', 'Eventuelt'],
    ]);
  });
  it('`01.` in the body is item 1 of the contents (no toc-mismatch), and keeps its number as written', () => {
    expect(rows('zero-padded-body-numbers').map((r) => r[0])).toEqual(['01', '02', '03', '04']);
    expect(findingsOf(`${DIR}/zero-padded-body-numbers.txt`)).toEqual([]);
  });
  it('a `Tillægsdagsorden` heading between items is a group heading, not text of the item above', () => {
    const m = meetingOf(`${DIR}/tillaegsdagsorden-group.txt`);
    expect(m.items.map((i) => i.number)).toEqual(['1', '2', '3', '4', '5']);
    expect(m.items[2]!.decision).toBe('Indstillingen blev fulgt. Lokalplanforslaget sendes i høring.');
    expect(m.unassigned.map((u) => u.text)).toEqual(['Tillægsdagsorden']);
  });
  it('`Punkt 4 Opsigelse`, a contract clause quoted under items written `Punkt 2.`, hides no item after it', () => {
    const m = meetingOf(`${DIR}/contract-clauses-punkt-unpunctuated.txt`);
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Godkendelse af dagsorden'],
      ['2', 'Forpagtning af kommunens jord ved Engvej 4'],
      ['3', 'Orientering om vejarbejder i 2024'],
      ['4', 'Eventuelt'],
    ]);
    expect(m.items[1]!.decision).toBe('Godkendt.');
    expect(m.items[1]!.sections.map((s) => s.text).join('\n')).toContain('Punkt 4 Opsigelse');
  });
  it('pandoc\'s bold titles and labels (`1.  **Title**`, `**Beslutning:** Godkendt.`) are read as plain ones', () => {
    const m = meetingOf(`${DIR}/pandoc-bold-labels.txt`);
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Godkendelse af dagsorden'],
      ['2', 'Meddelelser fra formanden, elevrådet og ledelsen'],
      ['3', 'Principper for lektier og faglig fordybelse'],
      ['4', 'Budget 2024'],
    ]);
    expect(m.items[0]!.decision).toBe('Godkendt.');
    expect(m.items[3]!.decision).toMatch(/^Skolebestyrelsen godkendte budgettet/u);
  });
  it.each(['pandoc-bold-labels', 'contract-clauses-punkt-unpunctuated', 'menighedsraad-roman-inline', 'beslutningsprotokol-paragraf-items', 'dash-numbered-items', 'case-number-items', 'letter-items-no-contents', 'zero-padded-body-numbers', 'sag-nr-contents', 'tillaegsdagsorden-group'])(
    '%s accounts for every line',
    (name) => {
      expect(accountingErrors(meetingOf(`${DIR}/${name}.txt`))).toEqual([]);
    },
  );
});

describe('parish councils, committees\' own decision labels', () => {
  it('`Dagsorden` right over the items is no one-entry contents: all six items, the signatures after the last decision', () => {
    const m = meetingOf(`${DIR}/menighedsraad-dagsorden-label-over-body.txt`);
    expect(m.committee).toBe('Sankt Mortens Sogns Menighedsråd');
    expect(m.toc).toEqual([]);
    expect(m.items.map((i) => i.number)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(m.items[5]!.decision).toBe('Intet.');
    expect(m.unassigned.map((u) => u.reason)).toEqual(['trailing']);
    expect(accountingErrors(m)).toEqual([]);
  });
  it('`Udvalgets beslutning: Godkendt.` on one line, and `Sag 21: Title` contents', () => {
    const m = meetingOf(`${DIR}/udvalgets-beslutning-inline.txt`);
    expect(m.toc.map((e) => e.number)).toEqual(['21', '22', '23', '24', '25']);
    expect(m.items.map((i) => [i.number, i.decision?.slice(0, 30)])).toEqual([
      ['21', 'Godkendt.'],
      ['22', 'Taget til efterretning. Udvalg'],
      ['23', 'Anbefales over for Økonomiudva'],
      ['24', 'Drøftet. Sagen genoptages på m'],
      ['25', 'Godkendt.'],
    ]);
    expect(m.items[4]!.closed).toBe(true);
  });
  it('`Børne- og Skoleudvalgets beslutning den 12. marts 2024` is a decision heading', () => {
    expect(meetingOf(`${DIR}/genitive-two-word-committee.txt`).items.map((i) => i.decision)).toEqual(['Godkendt med en tilføjelse.', 'Anbefales over for Økonomiudvalget.']);
  });
});

describe('a fourth constructed batch: contents under `Åbent møde`, `Sag 87/2024`, `Beslutning den … i …`', () => {
  it('a list of items under `Åbent møde` / `Lukket møde` is the contents (no item swallows the document)', () => {
    const m = meetingOf(`${DIR}/aabent-moede-contents.txt`);
    expect(m.committee).toBe('Klima- og Miljøudvalget');
    expect(m.toc.map((e) => [e.number, e.closed])).toEqual([['41', false], ['42', false], ['43', false], ['44', false], ['45', false], ['46', true]]);
    expect(m.items.map((i) => i.number)).toEqual(['41', '42', '43', '44']);
  });
  it('`Sag 87/2024 Title`: items numbered through the year keep that number', () => {
    expect(meetingOf(`${DIR}/sag-nr-year-items.txt`).items.map((i) => [i.number, i.title])).toEqual([
      ['87/2024', 'Godkendelse af dagsorden'],
      ['88/2024', 'Meddelelser'],
      ['89/2024', 'Økonomirapport 1 2024'],
    ]);
  });
  it('`Beslutning den 3. april 2024 i Social- og Sundhedsudvalget` heads the decision', () => {
    expect(meetingOf(`${DIR}/beslutning-den-i-udvalg.txt`).items[0]!.decision).toMatch(/^Godkendt, idet punkt 7 blev behandlet før punkt 2/u);
  });
});

describe('closed items shown by their title only, under `Lukket møde`', () => {
  it('`6. Title` / `Lukket punkt` continuing the numbering are closed items without a decision', () => {
    const m = meetingOf(`${DIR}/lukket-moede-title-only.txt`);
    expect(m.items.map((i) => [i.number, i.closed, i.decision])).toEqual([
      ['1', false, expect.any(String)],
      ['2', false, expect.any(String)],
      ['3', false, expect.any(String)],
      ['4', false, expect.any(String)],
      ['5', false, expect.any(String)],
      ['6', true, null],
      ['7', true, null],
      ['8', true, null],
    ]);
    expect(m.items[4]!.decision).not.toMatch(/Salg af erhvervsjord/u);
    expect(accountingErrors(m)).toEqual([]);
  });
});
