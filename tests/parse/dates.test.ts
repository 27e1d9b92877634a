// Dates and times as minutes write them. `findDates` runs a pattern only where a cheap character pass (its gate) says
// it could match; the property test checks the gates against running every pattern on text made of date-like parts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDate, findDates, findTimes } from '../../src/parse/dates.js';

describe('dates as minutes write them', () => {
  it.each([
    ['Onsdag den 28. februar 2024 kl. 09.00', '2024-02-28'],
    ['28.02.2024', '2024-02-28'],
    ['2024-02-28', '2024-02-28'],
    ['d. 3/4-2024', '2024-04-03'],
    ['February 6, 2025', '2025-02-06'],
    // A company board's protocol: the year first.
    ['År 2024, onsdag den 28. februar kl. 09.00, afholdtes ordinært bestyrelsesmøde', '2024-02-28'],
    ['År 2023, den 5. december, afholdtes bestyrelsesmøde', '2023-12-05'],
    ['ÅR 2024, DEN 3. MAJ', '2024-05-03'],
  ])('%s → %s', (text, date) => {
    expect(findDate(text)).toBe(date);
  });

  it('finds no date in a year that is not a protocol\'s formula, nor a day that does not exist', () => {
    expect(findDate('I år 2024 er der afsat 3 mio. kr.')).toBeNull();
    expect(findDate('Sidste år 2023 den 5 gange')).toBeNull();
    expect(findDate('År 2024, den 30. februar')).toBeNull();
  });

  it('reads the times beside the protocol\'s date', () => {
    expect(findTimes('År 2024, onsdag den 28. februar kl. 09.00, afholdtes')).toEqual(['09:00']);
  });
});

/** Every pattern run on the whole text, the gates aside: the dates `findDates` must find. */
function ungated(text: string): string[] {
  // A gate may only skip a pattern that cannot match; so adding text that opens every gate changes no date found
  // in the original part (the padding holds no digits next to it).
  const padded = `${text} \u0000 1999-01-01 01.01.1999 1. januar 1999 january 1, 1999 år 1999, den 1. januar`;
  return findDates(padded)
    .filter((d) => d.index + d.length <= text.length)
    .map((d) => d.date);
}

describe('the date gates', () => {
  it('skip only patterns that cannot match (property)', () => {
    const part = fc.constantFrom('år', 'År', 'ÅR', ' ', ', ', 'den ', 'onsdag ', '28', '2', '.', '-', '/', '2024', '24', 'februar', 'maj', 'March', 'x', 'kl. ', '09.00', '\n');
    fc.assert(
      fc.property(fc.array(part, { maxLength: 14 }), (parts) => {
        const text = parts.join('');
        expect(findDates(text).map((d) => d.date)).toEqual(ungated(text));
      }),
      { numRuns: 2000 },
    );
  });
});
