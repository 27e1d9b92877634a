// Item numbers: `7`, `301`, and an item added after the agenda went out, numbered with a letter after the item it
// follows (`4a.`, `Punkt 4a`, `Sag 12b`). The model keeps a number as written; numbers are compared in one form
// (`canonicalNumber`), so `4A.` and `4a.`, `01.` and `1.` are the same item in the contents and in the body.

/** Whether `c` is an ASCII letter, the letter a lettered item number carries. */
export function isNumberLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** The number as compared: the letter of `4A` in lower case, without a space before it, and no leading zeros. */
export function canonicalNumber(n: string): string {
  let t = n;
  // `Punkt 4 a`: the letter belongs to the number.
  if (t.length > 2 && t.charCodeAt(t.length - 2) === 32) t = t.slice(0, -2) + t.slice(-1);
  const z = t.charCodeAt(t.length - 1);
  if (z >= 65 && z <= 90) t = t.toLowerCase();
  // `03.`: numbered with a leading zero, it is item 3 (the contents may say `3.`).
  if (t.charCodeAt(0) === 48 && t.length > 1) {
    let k = 0;
    while (k < t.length - 1 && t.charCodeAt(k) === 48 && t.charCodeAt(k + 1) >= 48 && t.charCodeAt(k + 1) <= 57) k++;
    t = t.slice(k);
  }
  return t;
}

/**
 * A number's place in the order of items: `4` → 4, `4a` → 4.01, `4b` → 4.02 (between 4 and 5); a number of another
 * form (`1.2`) as `Number` reads it.
 */
export function numberValue(n: string | null): number {
  if (n === null) return Number.NaN;
  const z = n.charCodeAt(n.length - 1);
  // A case numbered through the year: `45/2024` is the 45th, `2024-114` the 114th.
  const through = YEAR_NUMBER.exec(n);
  if (through) return Number(through[1] ?? through[2]);
  if (!isNumberLetter(z)) return Number(n);
  return Number(n.slice(0, -1)) + ((z | 32) - 96) / 100;
}

/** `45/2024`, `2024-114`: a number through the year, with its year after or before it. */
const YEAR_NUMBER = /^(\d{1,4})\/(?:19|20)\d{2}$|^(?:19|20)\d{2}-(\d{1,4})$/;

/** Whether `next` is the number after `prev`: one on (`4` → `5`, `4a` → `5`), or the next letter (`4` → `4a` → `4b`). */
export function followsNumber(prev: string | null, next: string | null): boolean {
  if (prev === null || next === null) return false;
  if (YEAR_NUMBER.test(prev) || YEAR_NUMBER.test(next)) return numberValue(next) === numberValue(prev) + 1;
  const pl = isNumberLetter(prev.charCodeAt(prev.length - 1));
  const nl = isNumberLetter(next.charCodeAt(next.length - 1));
  if (!pl && !nl) return Number(next) === Number(prev) + 1;
  const p = numberValue(prev);
  const n = numberValue(next);
  if (!nl) return n === Math.floor(p) + 1;
  return Math.floor(n) === Math.floor(p) && Math.round((n - p) * 100) === 1;
}

/**
 * `4 a. Title` → `4a. Title` and `4.a Title` → `4a. Title`: a lettered number written with a space or a period before
 * its letter. Only a letter followed by a period or a parenthesis (or, after `4.`, by a space) counts, so `4 Anlæg`,
 * `4.1 …` and a line of running text stay as they are.
 */
export function glueNumberLetter(sq: string, digits: number): string {
  const sep = sq.charCodeAt(digits);
  if ((sep !== 32 && sep !== 46) || !isNumberLetter(sq.charCodeAt(digits + 1))) return sq;
  const after = sq.charCodeAt(digits + 2);
  if (after === 46 || after === 41) return sq.slice(0, digits) + sq.slice(digits + 1);
  if (sep === 46 && after === 32) return `${sq.slice(0, digits)}${sq.charAt(digits + 1)}.${sq.slice(digits + 2)}`;
  return sq;
}

/** Whether the number carries a letter (`4a`). */
export function isLettered(n: string | null): boolean {
  return n !== null && isNumberLetter(n.charCodeAt(n.length - 1));
}

/**
 * Item titles led by a numbering the item candidates do not read: a roman numeral (`IV. Renovering af taget`), a
 * capital letter (`B. Lokalplan 12`, `B) …`), a case number (`24/1044 Budgetopfølgning`). The first two capture the
 * marker and the rest of the title.
 */
export const ROMAN_TITLE = /^([IVX]{1,5})\. (\p{Lu}.*)$/u;
export const LETTER_TITLE = /^([A-HJ-Z])[.)] (\p{Lu}.*)$/u;
export const CASE_TITLE = /^\d{2,4}\/\d{3,6}(?:-\d{1,6})? \p{Lu}/u;

/** A marker an unnumbered item's title starts with (`IV. `, `B. `, `24/1044 `): a numbering, not part of the name. */
export const TITLE_MARKER = /^(?:[IVX]{1,5}\.|[A-Z][.)]|\d{2,4}\/\d{3,6}(?:-\d{1,6})?) /u;
