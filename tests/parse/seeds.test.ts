// The facts the seeds must yield (issue: parse exported minutes), asserted on the real documents.
import { describe, expect, it } from 'vitest';
import { meetingOf, parseFixture, seed } from '../helpers/fixtures.js';

describe('seed 000 (header-block, 2021)', () => {
  const m = meetingOf(seed('000'));
  it('has 9 items, 8 with a decision; item 9 Eventuelt has none', () => {
    expect(m.source.format).toBe('header-block');
    expect(m.items.map((i) => i.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(m.items.filter((i) => i.decision !== null)).toHaveLength(8);
    expect(m.items[8]!.title).toBe('Eventuelt');
    expect(m.items[8]!.decision).toBeNull();
  });
  it('has the meeting facts', () => {
    expect(m.committee).toBe('Socialdirektørforum');
    expect(m.start).toBe('2021-06-23T09:00');
    expect(m.end).toBe('2021-06-23T12:00');
    expect(m.location).toBe('Virtuelt møde');
    expect(m.published).toBe('2021-06-28');
    expect(m.kind).toBe('minutes');
  });
  it('keeps numbered body lines as body text', () => {
    const six = m.items[5]!;
    expect(six.decision).toContain('1. Spor: Hvordan påvirker');
    expect(six.decision).toContain('4. Spor: Samarbejde med sælgere');
    const eight = m.items[7]!;
    expect(eight.line).toBe(283);
    expect(eight.endLine).toBe(368);
    expect(eight.sections.map((s) => s.text).join('\n')).toContain('19. Oplæg til retssikkerhedsalliance DH-KL 2021-2022.pdf');
  });
  it('lists attachments with their extensions', () => {
    expect(m.items[2]!.attachments.map((a) => a.extension)).toEqual(['docx', 'pdf', 'docx', 'pdf']);
    expect(m.items[0]!.attachments[0]).toMatchObject({ name: 'Præsentation for socialcheferne i Region Syddanmark.pdf', line: 74 });
  });
});

describe('seed 002 (header-block, 2025 layout: Beslutning before the repeated title)', () => {
  const m = meetingOf(seed('002'));
  it('has 9 items, all with a decision', () => {
    expect(m.items).toHaveLength(9);
    expect(m.items.every((i) => i.decision)).toBe(true);
    expect(m.items[0]!.decision).toBe('Referatet blev godkendt.');
  });
  it('does not let the repeated title leak into the decision', () => {
    const nine = m.items[8]!;
    expect(nine.decision!.endsWith('I nogle tilfælde kan tilbuddet benyttes i stedet for sikrede institutioner.')).toBe(true);
    expect(nine.titleLines.map((t) => t.line)).toEqual([423, 457]);
    expect(m.items[0]!.sections[0]).toMatchObject({ heading: 'Beslutning', kind: 'decision', line: 49, endLine: 52 });
  });
});

describe('seed 003 (Punkt format)', () => {
  const m = meetingOf(seed('003'));
  it('has 10 items, all with a decision', () => {
    expect(m.source.format).toBe('punkt');
    expect(m.items.map((i) => i.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(m.items.every((i) => i.decision)).toBe(true);
    expect(m.items[0]).toMatchObject({ title: 'Godkendelse af dagsorden', line: 26, decision: 'Dagsordenen godkendes' });
    expect(m.items[9]!.title).toBe('Næste møde');
  });
  it('has the meeting facts and participants', () => {
    expect(m.committee).toBe('DAS Social');
    expect(m.start).toBe('2022-01-28T11:00');
    expect(m.end).toBe('2022-01-28T12:20');
    expect(m.location).toBe('Teams');
    expect(m.participants).toHaveLength(17);
    expect(m.participants.filter((p) => p.absent).map((p) => p.name)).toEqual([
      'Vibeke Stoustrup',
      'Arne Lund Kristensen',
      'Jan Nielsen',
      'Hans Chr. Mariegaard',
      'Hanne Madsen',
    ]);
    expect(m.participants.filter((p) => p.external).map((p) => p.name)).toEqual(['csni@rebuild.dk', 'Anette Bilde Toft']);
  });
  it('reads the table of contents with dot leaders and pages', () => {
    expect(m.toc).toHaveLength(10);
    expect(m.toc[2]).toMatchObject({ number: '3', title: 'Årshjul 2022', page: '3', line: 15 });
  });
});

describe('seed 004 (header-block, 2016)', () => {
  const m = meetingOf(seed('004'));
  it('has 16 items, 14 with a decision', () => {
    expect(m.items).toHaveLength(16);
    expect(m.items.filter((i) => i.decision !== null)).toHaveLength(14);
    expect(m.items[14]!.decision).toBeNull();
    expect(m.items[15]!.decision).toBeNull();
    expect(m.items[15]!.title).toBe('Næste møde');
  });
  it('has the location with its dash', () => {
    expect(m.location).toBe('HR – Fredericia, Mosegårdsvej 2, 7000');
  });
  it('does not let the misspelt Indstililng swallow the Beslutning', () => {
    const fourteen = m.items[13]!;
    expect(fourteen.decision).toBe('Orienteringerne taget til efterretning');
    const rec = fourteen.sections.find((s) => s.heading === 'Indstililng');
    expect(rec).toMatchObject({ kind: 'recommendation', line: 715 });
    expect(fourteen.recommendation).toBe('Der indstilles til orientering');
  });
  it('completes a title the export cut short from its repetition', () => {
    expect(m.items[10]!.title!.endsWith('Region Syddanmark')).toBe(true);
  });
});

describe('seed 001 (not minutes)', () => {
  it('is refused with a one-line reason', () => {
    const r = parseFixture(seed('001'));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.failure.code).toBe('not-minutes');
      expect(r.failure.message).not.toContain('\n');
      expect(r.failure.message).toMatch(/not recognised as minutes or an agenda/u);
    }
  });
});
