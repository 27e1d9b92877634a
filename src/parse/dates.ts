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

function iso(y: number, m: number, d: number): string | null {
  if (y < 100) y += y < 70 ? 2000 : 1900;
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2200) return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1) return null;
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
    new RegExp(`\\b(\\d{1,2})\\.? ?[- ]?(${MONTH_ALT})\\.?[- ,]{1,2}(\\d{4})\\b`, 'giu'),
    (m) => iso(+m[3]!, MONTHS[m[2]!.toLowerCase()]!, +m[1]!),
  ],
  [
    new RegExp(`\\b(${MONTH_ALT}) (\\d{1,2}),? (\\d{4})\\b`, 'giu'),
    (m) => iso(+m[3]!, MONTHS[m[1]!.toLowerCase()]!, +m[2]!),
  ],
];

/** Every date in the text, in order of position. */
export function findDates(text: string): FoundDate[] {
  const all: Array<FoundDate & { rank: number }> = [];
  DATE_PATTERNS.forEach(([re, conv], rank) => {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      const date = conv(m);
      if (date) all.push({ date, index: m.index, length: m[0].length, rank });
    }
  });
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

/** Times (HH:MM) in the text, in order. `kl. 19.00`, `09:00:00`, `18:00`; dates such as 28.06.2021 are skipped. */
export function findTimes(text: string): string[] {
  const out: string[] = [];
  const masked = maskDates(text);
  TIME.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TIME.exec(masked)) !== null) {
    const h = +m[1]!;
    const min = +m[2]!;
    if (h <= 24 && min < 60) out.push(`${pad(h)}:${pad(min)}`);
  }
  return out;
}

function maskDates(text: string): string {
  const parts: string[] = [];
  let at = 0;
  for (const d of findDates(text)) {
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
