// Danish (and the odd English) dates and times as they appear in exported minutes → ISO 8601 strings.
// Every pattern is anchored on fixed tokens with bounded repetition: no catastrophic backtracking.

const MONTHS: Record<string, number> = {
  januar: 1, jan: 1, january: 1,
  februar: 2, feb: 2, february: 2,
  marts: 3, mar: 3, march: 3,
  april: 4, apr: 4,
  maj: 5, may: 5,
  juni: 6, jun: 6, june: 6,
  juli: 7, jul: 7, july: 7,
  august: 8, aug: 8,
  september: 9, sep: 9, sept: 9,
  oktober: 10, okt: 10, october: 10, oct: 10,
  november: 11, nov: 11,
  december: 12, dec: 12,
};
const MONTH_ALT = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');

const pad = (n: number) => String(n).padStart(2, '0');

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

function iso(y: number, m: number, d: number): string | null {
  if (y < 100) y += y < 70 ? 2000 : 1900;
  // Written so that an unknown month (undefined: a name matched only through case folding, `ſep`) fails too.
  if (!(m >= 1 && m <= 12) || d < 1 || d > 31 || y < 1900 || y > 2200) return null;
  // The day exists in that month (what a round trip through Date.UTC checked), without allocating a Date.
  if (d > 28 && d > daysInMonth(y, m)) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

export interface FoundDate {
  date: string;
  /** UTF-16 index of the match in the searched string, and its length. */
  index: number;
  length: number;
}

const DATE_PATTERNS: Array<[RegExp, (m: RegExpExecArray) => string | null]> = [
  [/\b(\d{4})-(\d{1,2})-(\d{1,2})\b/gu, (m) => iso(+m[1]!, +m[2]!, +m[3]!)],
  [/\b(\d{1,2})[-./](\d{1,2})[-./](\d{4}|\d{2})\b/gu, (m) => iso(+m[3]!, +m[2]!, +m[1]!)],
  [
    new RegExp(`\\b(\\d{1,2})\\.? ?[- ]?(${MONTH_ALT})\\.?[- ,]{1,2}(\\d{4})\\b`, 'gi'),
    (m) => iso(+m[3]!, MONTHS[m[2]!.toLowerCase()]!, +m[1]!),
  ],
  [
    new RegExp(`\\b(${MONTH_ALT}) (\\d{1,2}),? (\\d{4})\\b`, 'gi'),
    (m) => iso(+m[3]!, MONTHS[m[1]!.toLowerCase()]!, +m[2]!),
  ],  // `År 2024, onsdag den 28. februar kl. 09.00, afholdtes …`: a protocol's formula, the year first.
  [
    new RegExp(`(?<![A-Za-zæøåÆØÅ])år (\\d{4}),? (?:(?:man|tirs|ons|tors|fre|lør|søn)dag,? )?den (\\d{1,2})\\.? (${MONTH_ALT})\\b`, 'gi'),
    (m) => iso(+m[1]!, MONTHS[m[3]!.toLowerCase()]!, +m[2]!),
  ],
];

// Cheap gates (profiled: the date helpers run on every header line and many headings). One char-code pass finds which
// patterns could produce a date at all; a pattern that cannot is not run. Each gate is a necessary condition of its
// pattern (the patterns are `i` without `u`, so only ASCII letters fold onto the ASCII month names), so
// the results are those of running every pattern.
const G_ISO = 1; // `\d{4}-\d`: a run of exactly four digits, a dash, a digit
const G_NUM = 2; // `\d{1,2}[-./]\d`
const G_DMY = 4; // `<letter>.?[- ,]{1,2}\d{4}` (day month year)
const G_MDY = 8; // `<letter> \d{1,2},? \d{4}` (month day, year)
const G_TIME = 16; // `\d{1,2}[:.]\d\d`
const G_YEAR_FIRST = 32; // `år \d{4}` (a protocol's `År 2024, den 28. februar`)

const isDigit = (c: number) => c >= 48 && c <= 57;
const isAsciiLetter = (c: number) => (c | 0x20) >= 97 && (c | 0x20) <= 122;
const isSep = (c: number) => c === 45 || c === 32 || c === 44;

function gates(text: string): number {
  let g = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isDigit(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && isDigit(text.charCodeAt(j))) j++;
    const len = j - i;
    const next = j < n ? text.charCodeAt(j) : -1;
    const after = j + 1 < n ? text.charCodeAt(j + 1) : -1;
    if (len <= 2 && isDigit(after)) {
      if (next === 45 || next === 46 || next === 47) g |= G_NUM;
      if ((next === 58 || next === 46) && j + 2 < n && isDigit(text.charCodeAt(j + 2))) g |= G_TIME;
    }
    if (len === 4) {
      if (next === 45 && isDigit(after)) g |= G_ISO;
      // Day month year: 1–2 separators, an optional dot, then the month's last letter.
      let k = i - 1;
      let seps = 0;
      while (seps < 2 && k >= 0 && isSep(text.charCodeAt(k))) {
        k--;
        seps++;
      }
      if (seps > 0) {
        if (k >= 0 && text.charCodeAt(k) === 46) k--;
        if (k >= 0 && isAsciiLetter(text.charCodeAt(k))) g |= G_DMY;
      }
      if (i >= 3 && text.charCodeAt(i - 1) === 32 && (text.charCodeAt(i - 2) | 0x20) === 114 && (text.charCodeAt(i - 3) === 0xe5 || text.charCodeAt(i - 3) === 0xc5)) g |= G_YEAR_FIRST;
      // Month day, year: `<month> <d{1,2}>,? <yyyy>`.
      k = i - 1;
      if (k >= 0 && text.charCodeAt(k) === 32) {
        k--;
        if (k >= 0 && text.charCodeAt(k) === 44) k--;
        let d = 0;
        while (d < 3 && k >= 0 && isDigit(text.charCodeAt(k))) {
          k--;
          d++;
        }
        if (d >= 1 && d <= 2 && k >= 1 && text.charCodeAt(k) === 32 && isAsciiLetter(text.charCodeAt(k - 1))) g |= G_MDY;
      }
    }
    i = j;
  }
  return g;
}

const PATTERN_GATES = [G_ISO, G_NUM, G_DMY, G_MDY, G_YEAR_FIRST];

/** Every date in the text, in order of position. */
export function findDates(text: string): FoundDate[] {
  return datesGated(text, gates(text));
}

function datesGated(text: string, g: number): FoundDate[] {
  if ((g & (G_ISO | G_NUM | G_DMY | G_MDY | G_YEAR_FIRST)) === 0) return [];
  const all: Array<FoundDate & { rank: number }> = [];
  for (let rank = 0; rank < DATE_PATTERNS.length; rank++) {
    if ((g & PATTERN_GATES[rank]!) === 0) continue;
    const [re, conv] = DATE_PATTERNS[rank]!;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      const date = conv(m);
      if (date) all.push({ date, index: m.index, length: m[0].length, rank });
    }
  }
  if (all.length === 0) return [];
  if (all.length === 1) return [{ date: all[0]!.date, index: all[0]!.index, length: all[0]!.length }];
  // Overlapping matches: the earlier one wins, and at the same place the pattern listed first. Sorting keeps this
  // O(n log n) for a line with very many dates.
  all.sort((a, b) => a.index - b.index || a.rank - b.rank);
  const found: FoundDate[] = [];
  let end = -1;
  for (const f of all) {
    if (f.index < end) continue;
    found.push({ date: f.date, index: f.index, length: f.length });
    end = f.index + f.length;
  }
  return found;
}

export function findDate(text: string): string | null {
  return findDates(text)[0]?.date ?? null;
}

const TIME = /(?:^|[^\d.:])(\d{1,2})[:.](\d{2})(?::\d{2})?(?![\d])/gu;

/** `kl. 19`, `kl. 19-21`, `kl. 9 – 12`: whole hours after `kl.`, a range's end too (not `kl. 19.00`, which TIME reads). */
const KL_HOURS = /(?<![A-Za-zæøåÆØÅ])kl\.? ?(\d{1,2})(?![\d]|[.:]\d)(?: ?[-–] ?(?:kl\.? ?)?(\d{1,2})(?![\d]|[.:]\d))?/gi;
const KL_HOUR_GATE = /kl\.? ?\d/i;

/** Times (HH:MM) in the text, in order. `kl. 19.00`, `09:00:00`, `18:00`; dates such as 28.06.2021 are skipped. */
export function findTimes(text: string): string[] {
  const out: string[] = [];
  const g = gates(text);
  // Dates are masked whole (they start and end at word boundaries, so never inside a digit run): a time in the masked
  // text is a time-shaped digit run in the original.
  const hours = KL_HOUR_GATE.test(text);
  if ((g & G_TIME) === 0 && !hours) return out;
  const masked = maskDates(text, datesGated(text, g));
  const found: Array<[number, string]> = [];
  TIME.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TIME.exec(masked)) !== null) {
    const h = +m[1]!;
    const min = +m[2]!;
    if (h <= 24 && min < 60) found.push([m.index, `${pad(h)}:${pad(min)}`]);
  }
  if (hours) {
    KL_HOURS.lastIndex = 0;
    while ((m = KL_HOURS.exec(masked)) !== null) {
      if (+m[1]! <= 24) found.push([m.index, `${pad(+m[1]!)}:00`]);
      if (m[2] !== undefined && +m[2] <= 24) found.push([m.index + 1, `${pad(+m[2])}:00`]);
    }
    found.sort((a, b) => a[0] - b[0]);
  }
  for (const [, t] of found) out.push(t);
  return out;
}

function maskDates(text: string, dates: FoundDate[]): string {
  if (dates.length === 0) return text;
  const parts: string[] = [];
  let at = 0;
  for (const d of dates) {
    parts.push(text.slice(at, d.index), ' '.repeat(d.length));
    at = d.index + d.length;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** A date plus an optional time → local ISO date-time (`2021-06-23T09:00`), or null. */
export function dateTime(date: string | null, time: string | null | undefined): string | null {
  if (!date) return null;
  return `${date}T${time ?? '00:00'}`;
}
