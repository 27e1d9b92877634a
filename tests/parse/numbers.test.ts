// Item numbers with a letter (`3a`, an item added after the agenda went out): their order, what follows what, and the
// one written form the contents and the body share.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalNumber, followsNumber, glueNumberLetter, isLettered, numberValue } from '../../src/parse/numbers.js';

describe('numberValue', () => {
  it('puts a lettered item after its item and before the next one', () => {
    const order = ['3', '3a', '3b', '3z', '4', '10', '10a', '11'];
    const values = order.map(numberValue);
    expect([...values].sort((a, b) => a - b)).toEqual(values);
    expect(new Set(values).size).toBe(order.length);
  });
  it('reads other numbers as Number does (`1.2`), and null as NaN', () => {
    expect(numberValue('1.2')).toBe(1.2);
    expect(numberValue('301')).toBe(301);
    expect(numberValue(null)).toBeNaN();
  });
});

describe('followsNumber', () => {
  it.each([
    ['3', '4', true],
    ['3', '3a', true],
    ['3a', '3b', true],
    ['3a', '4', true],
    ['3b', '4', true],
    ['3', '3b', false],
    ['3a', '3c', false],
    ['3a', '4a', false],
    ['3', '5', false],
    ['4', '3', false],
    ['1b', '2a', false],
  ])('%s → %s: %s', (a, b, want) => {
    expect(followsNumber(a, b)).toBe(want);
  });
  it('is `Number(next) === Number(prev) + 1` for numbers without a letter', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 9999 }), (a, b) => followsNumber(String(a), String(b)) === (b === a + 1)),
    );
  });
  it('is false when either is null', () => {
    expect(followsNumber(null, '1')).toBe(false);
    expect(followsNumber('1', null)).toBe(false);
  });
});

describe('written forms', () => {
  it('keeps the letter in lower case, so `3A` in the contents is `3a` in the body', () => {
    expect(canonicalNumber('3A')).toBe('3a');
    expect(canonicalNumber('3a')).toBe('3a');
    expect(canonicalNumber('301')).toBe('301');
    expect(isLettered('3a')).toBe(true);
    expect(isLettered('3')).toBe(false);
    expect(isLettered(null)).toBe(false);
  });
  it('glues `3 a.` and `3 a)` to `3a.`/`3a)`, and leaves `3 Anlæg` and `3 a b` alone', () => {
    expect(glueNumberLetter('3 a. Tillægsbevilling', 1)).toBe('3a. Tillægsbevilling');
    expect(glueNumberLetter('12 b) Takster', 2)).toBe('12b) Takster');
    expect(glueNumberLetter('3 Anlæg', 1)).toBe('3 Anlæg');
    expect(glueNumberLetter('3 a b', 1)).toBe('3 a b');
    expect(glueNumberLetter('3. Title', 1)).toBe('3. Title');
  });
});
