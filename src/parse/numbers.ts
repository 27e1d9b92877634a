// Item numbers: `7`, `301`, and an item added after the agenda went out, numbered with a letter after the item it
// follows (`4a.`, `Punkt 4a`, `Sag 12b`). A lettered number is kept as written, its letter in lower case (`4A.` and
// `4a.` are the same item in the contents and in the body).

/** Whether `c` is an ASCII letter, the letter a lettered item number carries. */
export function isNumberLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** The number as the model keeps it: the letter of `4A` in lower case; other numbers unchanged. */
export function canonicalNumber(n: string): string {
  const z = n.charCodeAt(n.length - 1);
  return z >= 65 && z <= 90 ? n.toLowerCase() : n;
}

/**
 * A number's place in the order of items: `4` → 4, `4a` → 4.01, `4b` → 4.02 (between 4 and 5); a number of another
 * form (`1.2`) as `Number` reads it.
 */
export function numberValue(n: string | null): number {
  if (n === null) return Number.NaN;
  const z = n.charCodeAt(n.length - 1);
  if (!isNumberLetter(z)) return Number(n);
  return Number(n.slice(0, -1)) + ((z | 32) - 96) / 100;
}

/** Whether `next` is the number after `prev`: one on (`4` → `5`, `4a` → `5`), or the next letter (`4` → `4a` → `4b`). */
export function followsNumber(prev: string | null, next: string | null): boolean {
  if (prev === null || next === null) return false;
  const pl = isNumberLetter(prev.charCodeAt(prev.length - 1));
  const nl = isNumberLetter(next.charCodeAt(next.length - 1));
  if (!pl && !nl) return Number(next) === Number(prev) + 1;
  const p = numberValue(prev);
  const n = numberValue(next);
  if (!nl) return n === Math.floor(p) + 1;
  return Math.floor(n) === Math.floor(p) && Math.round((n - p) * 100) === 1;
}

/**
 * `4 a. Title` → `4a. Title`: a lettered number written with a space before its letter. Only a letter followed by a
 * period or a parenthesis counts (`4 a) …`), so `4 Anlæg` and a line of running text stay as they are.
 */
export function glueNumberLetter(sq: string, digits: number): string {
  if (sq.charCodeAt(digits) !== 32 || !isNumberLetter(sq.charCodeAt(digits + 1))) return sq;
  const after = sq.charCodeAt(digits + 2);
  return after === 46 || after === 41 ? sq.slice(0, digits) + sq.slice(digits + 1) : sq;
}

/** Whether the number carries a letter (`4a`). */
export function isLettered(n: string | null): boolean {
  return n !== null && isNumberLetter(n.charCodeAt(n.length - 1));
}
