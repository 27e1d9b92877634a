// Attendance stated in the body rather than the header: an agenda item titled `Fraværende`/`Afbud`, or sentences
// such as `Der er afbud fra A, B og C.`, `A og B var fraværende.`, `Fraværende: A`. Used only when the header has none.
import type { AgendaItem, Participant } from '../model/meeting.js';
import type { Doc } from './doc.js';

const SENTENCES: RegExp[] = [
  /^(?:der er |der var )?afbud fra:? (.+)$/i,
  /^(?:fraværende|ikke til stede|afbud|fravær)(?: med afbud)? ?: ?(.+)$/i,
  /^(.+?) (?:var|er) fraværende\.?$/i,
];

export function namesIn(text: string): string[] {
  let t = text.trim().replace(/\.$/u, '');
  // `A (V) - B (V) mødte som stedfortræder`: the substitute is not absent.
  t = t.replace(/ [-–] [^,]*?(?:mødte som|stedfortræder|suppleant).*$/i, '');
  if (t === '' || /^ingen\b/i.test(t)) return [];
  return t
    .split(/, | og (?=\p{Lu})/u)
    .map((x) => x.trim())
    .filter((x) => x !== '' && x.length <= 80 && /^\p{Lu}/u.test(x));
}

/** How the first two SENTENCES start (anchored: it fails at the first character of most lines). */
const STARTS_ABSENCE = /^(?:der er afbud|der var afbud|afbud|fravær|ikke til stede)/i;

/**
 * A necessary condition for a line to match one of SENTENCES, without scanning the line: the first two forms start
 * as STARTS_ABSENCE says, the third ends with `fraværende` and an optional dot.
 */
function mayStateAbsence(sq: string): boolean {
  if (STARTS_ABSENCE.test(sq)) return true;
  let z = sq.length - 1;
  if (sq.charCodeAt(z) === 46) z--;
  return z >= 9 && (sq.charCodeAt(z) | 0x20) === 101 && /fraværende$/i.test(sq.slice(z - 9, z + 1));
}

const ENDS_SENTENCE = /[.!?:]$/u;

/** A line of names only (`Martin Bech, Bettina Bøcker Kjeldsen og Niels Vestergaard`): no sentence to prepend. */
function namesOnly(line: string): boolean {
  return line
    .replace(/,$/u, '')
    .split(/, | og /u)
    .every((part) => /^\p{Lu}[\p{L}.'-]*(?: [\p{L}.'-]+){0,4}(?: \([^()]{1,30}\))?$/u.test(part));
}

/**
 * The sentence line i is part of, when a paragraph wraps it over a few lines (within the section's text lines
 * [from, to]): `Der er afbud fra A, B og C` / `D.` goes on below; `A, B og C` / `D var fraværende.` starts above.
 */
function wholeSentence(doc: Doc, i: number, from: number, to: number): { text: string; first: number; last: number } {
  let text = doc.sq[i]!;
  let first = i;
  let last = i;
  if (STARTS_ABSENCE.test(text)) {
    while (last - i < 3 && last + 1 <= to && !doc.blank[last + 1] && !ENDS_SENTENCE.test(text) && /^\p{Lu}/u.test(doc.sq[last + 1]!)) {
      last++;
      text = `${text} ${doc.sq[last]!}`;
    }
  } else {
    while (i - first < 3 && first - 1 >= from && !doc.blank[first - 1] && !ENDS_SENTENCE.test(doc.sq[first - 1]!) && namesOnly(doc.sq[first - 1]!)) {
      first--;
      text = `${doc.sq[first]!} ${text}`;
    }
  }
  return { text, first, last };
}

export function absentFromBody(doc: Doc, items: readonly AgendaItem[]): Participant[] {
  const out: Participant[] = [];
  const add = (name: string, line: number) => {
    if (!out.some((p) => p.name === name)) out.push({ name, absent: true, external: false, line });
  };
  for (const it of items) {
    const attendanceItem = it.title !== null && /^(?:fraværende|afbud|fremmøde|fravær)\b/i.test(it.title);
    for (const s of it.sections) {
      // A Sagsgang section tells who was absent at an earlier committee's meeting, not at this one.
      if (s.kind === 'history') continue;
      for (let i = s.line - 1; i < s.endLine; i++) {
        const sq = doc.sq[i]!;
        if (sq === '' || sq.length > 300) continue;
        if (!attendanceItem && !mayStateAbsence(sq)) continue;
        if (attendanceItem && s.kind === 'decision' && s.heading !== null && i > s.line - 1) {
          for (const n of namesIn(sq)) add(n, i + 1);
          continue;
        }
        const sentence = wholeSentence(doc, i, s.heading === null ? s.line - 1 : s.line, s.endLine - 1);
        for (const re of SENTENCES) {
          const m = re.exec(sentence.text);
          if (m) {
            for (const n of namesIn(m[1]!)) add(n, sentence.first + 1);
            break;
          }
        }
        i = Math.max(i, sentence.last);
      }
    }
  }
  return out;
}
