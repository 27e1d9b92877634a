// The header-block export as other municipalities configure it (issue: parse exported minutes).
import { describe, expect, it } from 'vitest';
import { meetingOf } from '../helpers/fixtures.js';
import { accountingErrors } from '../../src/parse/accounting.js';

describe('header-block variant: numbering across the year, dated decision headings, a closed item', () => {
  const m = meetingOf('fixtures/formats/header-block/variant-2020.txt');
  it('is read as the header-block format with its facts', () => {
    expect(m.source.format).toBe('header-block');
    expect(m.committee).toBe('Udvalget for Ældre og Sundhed');
    expect(m.title).toBe('Referat');
    expect(m.kind).toBe('minutes');
    expect(m.start).toBe('2020-06-04T09:00');
    expect(m.end).toBe('2020-06-04T11:30');
    expect(m.location).toBe('Mødelokale 1, Rådhuset');
  });
  it('numbers items 49–53 as written, and keeps the numbered list in item 51 as text', () => {
    expect(m.items.map((i) => i.number)).toEqual(['49', '50', '51', '52', '53']);
    expect(m.items[2]!.sections.find((s) => s.kind === 'case')!.text).toContain('1. Øgede udgifter til værnemidler');
  });
  it("reads 'Beslutning i <udvalg> den <dato>' as the decision", () => {
    expect(m.items[0]!.decision).toBe('Dagsordenen blev godkendt.\n\nFraværende: Ida Holm');
    expect(m.items[1]!.decision).toBe('Orienteringen blev taget til efterretning.');
    expect(m.items[2]!.decision).toBe('Godkendt.');
    expect(m.items[0]!.sections[0]!.heading).toBe('Beslutning i Udvalget for Ældre og Sundhed den 04-06-2020');
  });
  it('marks the closed item and gives it no decision', () => {
    expect(m.items[3]).toMatchObject({ number: '52', closed: true, decision: null });
    expect(m.toc[3]!.closed).toBe(true);
    expect(m.items.filter((i) => i.closed)).toHaveLength(1);
  });
  it('keeps an item without any section heading, with its text', () => {
    const last = m.items[4]!;
    expect(last.decision).toBeNull();
    expect(last.sections).toHaveLength(1);
    expect(last.sections[0]).toMatchObject({ heading: null, kind: 'other' });
    expect(last.sections[0]!.text).toContain('Formanden orienterede om status på testkapaciteten.');
  });
  it('reads absence stated in a decision', () => {
    expect(m.participants).toEqual([{ name: 'Ida Holm', absent: true, external: false, line: 43 }]);
  });
  it('accounts for every line', () => {
    expect(accountingErrors(m)).toEqual([]);
  });
});
