// Meeting facts from the header region: label lines (`UDVALG` / value, `Dato: …`, `MødestedRådssalen`), a title line,
// unlabelled date/time lines, attendance lists. Facts keep the line they came from.
import type { HeaderField, HeaderFieldName, Participant } from '../model/meeting.js';
import { type Doc, prevNonBlank } from './doc.js';
import { findDate, findDates, findTimes } from './dates.js';
import { isBoilerplate } from './sections.js';
import { cleanLine, squash } from './text.js';

const LABELS: ReadonlyArray<readonly [string, HeaderFieldName]> = [
  ['udvalg', 'committee'],
  ['møde', 'meeting'],
  ['mødested', 'location'],
  ['mødelokale', 'location'],
  ['sted', 'location'],
  ['lokale', 'location'],
  ['starttidspunkt for møde', 'start'],
  ['sluttidspunkt for møde', 'end'],
  ['starttidspunkt', 'start'],
  ['sluttidspunkt', 'end'],
  ['mødestart', 'start'],
  ['mødeslut', 'end'],
  ['mødedato', 'date'],
  ['dato', 'date'],
  ['mødetidspunkt', 'time'],
  ['tidspunkt', 'time'],
  ['udgivet', 'published'],
  ['offentliggjort', 'published'],
  ['publiceret', 'published'],
  // A blog's byline (`Posted on 2. maj 2024 by Bestyrelsen`, WordPress in English): when the page went up.
  ['posted on', 'published'],
  ['mødedeltagere', 'participants'],
  ['eksterne deltagere', 'participants'],
  ['deltagere', 'participants'],
  ['medlemmer', 'participants'],
  ['til stede', 'participants'],
  ['tilstede', 'participants'],
  ['fremmødte', 'participants'],
  ['øvrige deltagere', 'participants'],
  ['desuden deltog', 'participants'],
  ['fraværende med afbud', 'absent'],
  ['fraværende', 'absent'],
  ['afbud fra', 'absent'],
  ['afbud', 'absent'],
  ['forfald', 'absent'],
  ['ikke til stede', 'absent'],
  ['bemærkninger', 'other'],
  ['udsendelsesdato', 'other'],
  ['referent', 'other'],
  // The header of an e-mail the minutes were sent in (`Fra:`, `Sendt:`, `Til:`, `Emne:`): not the title or committee.
  ['fra', 'other'],
  ['sendt', 'other'],
  ['til', 'other'],
  ['cc', 'other'],
  ['emne', 'other'],
  // (Outlook in English: `From:`, `Sent: Thursday, February 6, 2025 3:18 PM`, `To:`, `Subject:`.)
  ['from', 'other'],
  ['sent', 'other'],
  ['to', 'other'],
  ['subject', 'other'],
  // Short forms some systems use (`Start: Kl. 18:00`, `Slut: Kl. 21:40`, `Mødetid: 19:00 - 21:15`); after the long
  // labels they begin, which are tried first.
  ['starttid', 'start'],
  ['sluttid', 'end'],
  ['start', 'start'],
  ['slut', 'end'],
  ['mødetid', 'time'],
  ['tid', 'time'],
  // A substitute takes part: never one of the absent names listed above it.
  ['stedfortrædere', 'participants'],
  ['stedfortræder', 'participants'],
];
const LABEL_MAP = new Map<string, HeaderFieldName>(LABELS);
/** Labels that may stand without a colon before their value when the value is a date (`Udgivet 28.06.2021`). */
const DATE_LABELS = new Set(['udgivet', 'offentliggjort', 'publiceret', 'posted on', 'dato', 'mødedato']);

export interface HeaderFacts {
  fields: HeaderField[];
  participants: Participant[];
  title: string | null;
  committee: string | null;
  date: string | null;
  start: string | null;
  end: string | null;
  location: string | null;
  published: string | null;
}

export interface HeaderOptions {
  /** Punkt-style exports put the place on the unlabelled line after the date/time line. */
  locationAfterTime?: boolean;
}

/**
 * LABELS by their first letter, in LABELS order: a line is only compared with the labels it could start with. Every
 * label starts with an ASCII letter; a line starting with any other character is compared with all of them (no such
 * line matches one, but that path is rare and keeps the result obviously the same).
 */
const LABELS_BY_INITIAL = new Map<number, Array<readonly [string, HeaderFieldName]>>();
for (const l of LABELS) {
  const c = l[0].charCodeAt(0);
  const list = LABELS_BY_INITIAL.get(c);
  if (list) list.push(l);
  else LABELS_BY_INITIAL.set(c, [l]);
}

const BILINGUAL_LABEL = /^(\p{L}[\p{L} ]{1,29}) \/ [\p{L} ]{2,30}:(.*)$/u;

const MAIL_LABELS = new Set(['fra', 'sendt', 'til', 'cc', 'emne', 'from', 'sent', 'to', 'subject']);

function labelOf(sq: string): { label: string; field: HeaderFieldName; value: string; colon: boolean } | null {
  // `Sted / Venue: Campusvej 55`, `Afbud / Apologies: Karen Frøsig`: a label in two languages, read by its Danish word.
  const slash = sq.indexOf(' / ');
  if (slash > 0 && slash <= 30) {
    const bi = BILINGUAL_LABEL.exec(sq);
    if (bi) {
      const l = labelOf(`${bi[1]}:${bi[2]}`);
      if (l) return { ...l, label: sq.slice(0, sq.length - bi[2]!.length - 1) };
    }
  }
  const c0 = sq.charCodeAt(0);
  let candidates: ReadonlyArray<readonly [string, HeaderFieldName]> = LABELS;
  if (c0 < 128) {
    const list = LABELS_BY_INITIAL.get(c0 >= 65 && c0 <= 90 ? c0 | 0x20 : c0);
    if (!list) return null;
    candidates = list;
  }
  const low = sq.toLowerCase();
  for (const [label, field] of candidates) {
    if (!low.startsWith(label)) continue;
    const rest = sq.slice(label.length);
    // An e-mail header label is one only with its colon and its value (`Fra: Sekretariatet <…>`; `Referat fra` is a title).
    if (MAIL_LABELS.has(label)) {
      const m = /^: (.+)$/u.exec(rest);
      if (!m) continue;
      const value = m[1]!.trim();
      // `Fra: kl. 19.00` / `Til: kl. 21.30`: the meeting's times, not an e-mail's sender and recipient.
      const time = /^(?:kl\.? ?)?\d{1,2}[.:]\d{2}$/i.test(value);
      return { label: sq.slice(0, label.length), field: time && label === 'fra' ? 'start' : time && label === 'til' ? 'end' : field, value, colon: true };
    }
    if (rest === '' || rest.trim() === ':') return { label: sq.slice(0, label.length), field, value: '', colon: rest.trim() === ':' };
    // `Afbud fra Lone Friis`: a label ending in `fra` is followed by its value without a colon.
    if (label.endsWith(' fra') && /^ \p{Lu}/u.test(rest)) return { label: sq.slice(0, label.length), field, value: rest.trim(), colon: false };
    const r = /^ ?: ?(.*)$/u.exec(rest);
    if (r) return { label: sq.slice(0, label.length), field, value: r[1]!.trim(), colon: true };
    if (rest.startsWith(' ') && DATE_LABELS.has(label) && findDate(rest)) return { label: sq.slice(0, label.length), field, value: rest.trim(), colon: false };
    // Labels written without a colon (Odense): `Mødetid 08:30 - 11:45`, `Mødested Udvalgsværelset, Odense Rådhus`.
    if ((field === 'time' || field === 'start' || field === 'end') && BARE_TIMES.test(rest)) return { label: sq.slice(0, label.length), field, value: rest.trim(), colon: false };
    if (label === 'mødested' && /^ \p{Lu}/u.test(rest) && !SENTENCE.test(rest)) return { label: sq.slice(0, label.length), field, value: rest.trim(), colon: false };
    // Glued label and value (`MødestedRådssalen`): only where the value starts with a capital letter.
    if (/^\p{Lu}/u.test(rest) && label.length >= 5) return { label: sq.slice(0, label.length), field, value: rest.trim(), colon: false };
  }
  return null;
}

// (`Styrelsen`, `Hovedstyrelsen` as words of their own: `Sundhedsstyrelsen` is an agency. `Styregruppen`, `LMU`: a
// project's steering group, a workplace's local MED committee.)
const COMMITTEE_WORD =
  /(?:udvalg(?:et)?|råd(?:et)?|bestyrelse(?:n)?|forum|nævn(?:et)?|kollegi(?:et|um)|repræsentantskab(?:et)?|direktion(?:en)?|kreds(?:en)?|borgerrepræsentation(?:en)?|magistrat(?:en)?|kommission(?:en)?|(?:styre|arbejds|følge|projekt|koordinations|reference|kontakt)gruppe(?:n)?)$|(?:^|\s)(?:hoved|forretnings)?styrelse(?:n)?$|^(?:LMU|HMU|OMU|FMU|CMU|AMU|MED-udvalg(?:et)?)$|^udvalg(?:et)? for \p{L}/iu;
const GENERIC_TITLES = /^(?:referat|dagsorden|beslutningsprotokol|mødereferat|protokol)$/i;

/** What a title pattern can catch that is no committee: `møde`, `bestyrelsesmøde tirsdag`, a weekday. */
// (Nor a site's menu entry, `Udvalg`, `Råd og nævn`: a body has its article, `Udvalget`, or its name.)
const NOT_A_COMMITTEE = /(?:^|\s)\S*møde[t]?$|(?:^|\s)(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)(?:\s|$)|^(?:udvalg|råd|nævn|bestyrelse|udvalg og råd|råd og nævn|udvalg, råd og nævn)$/i;

/**
 * The body a meeting word names (`Menighedsrådsmøde` → Menighedsrådet, `Referat af byrådsmødet` → Byrådet), for when
 * no line names the committee itself (`Sankt Mortens Sogns Menighedsråd` under the title says more).
 */
export function committeeFromMeetingWord(title: string): string | null {
  const m = BODY_MEETING.exec(title);
  // (`Referat af gruppemøde`: which group, the word does not say.)
  if (!m || (m[2]!.toLowerCase() === 'gruppe' && m[1] === '')) return null;
  const name = `${m[1]!.toLowerCase()}${BODY_OF[m[2]!.toLowerCase()]!}`;
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/**
 * A club or an inter-municipal company naming itself on the first line (`Holbæk Roklub`, `Reno Djurs I/S`): the body, for when no line
 * names a council or committee of it (`Bestyrelsen` under `Trekantområdets Brandvæsen I/S` says more).
 */
export function organisationInTitle(title: string): string | null {
  // (Not a limited company, `COWI A/S`: it is as often the consultant who wrote the minutes.)
  // (`A/B Solsikken`, `E/F Ryesgade 31`: a housing cooperative, an owners' association.)
  const m = /^(?:\p{Lu}[\p{L}.-]* ){0,3}\p{Lu}\p{Ll}*klub$|^(?:\p{Lu}[\p{L}.-]* ){1,4}(?:I\/S|[Aa]\.m\.b\.a\.|[Aa]mba)$|^(?:A\/B|E\/F) \p{Lu}[\p{L}-]*(?: [\p{Lu}\d][\p{L}\d-]*){0,2}$/u.exec(title);
  return m ? m[0] : null;
}

/**
 * The unlabelled lines with a breadcrumb wrapped inside a name joined again (`… > Dagsordener og referater > Børne- og`
 * / `Familieudvalget`).
 */
function joinWrappedCrumbs(lines: readonly string[], at: readonly number[]): string[] {
  const out: string[] = [];
  for (let k = 0; k < lines.length; k++) {
    const u = lines[k]!;
    if (k + 1 < lines.length && at[k + 1] === at[k]! + 1 && / og$|-$/u.test(u) && BREADCRUMB.test(u)) {
      out.push(`${u} ${lines[k + 1]}`);
      k++;
    } else out.push(u);
  }
  return out;
}

/** A breadcrumb's separator on a line of its own. */
const BREADCRUMB_PART = /^[>›»/]$/u;

/** Between the parts of a breadcrumb: `>`, `›`, `»`, `/` with spaces around. */
const BREADCRUMB = / [>›»/] /u;
const NAVIGATION_START = /^(?:forside|hjem|start|du er her:?|politik)\b/i;

/** A time range at the end of a place (`…, lokale 2.14, kl. 16.00-18.00`; a single `kl. 15.30` may be a site visit's). */
const PLACE_TIME = /,? kl\.? ?\d{1,2}[.:]\d{2} ?[-–] ?\d{1,2}[.:]\d{2}$/u;
/** A value that is only a time or a time range (`08:30 - 11:45`), for a time label written without its colon. */
const BARE_TIMES = /^ (?:kl\.? ?)?\d{1,2}[.:]\d{2}(?: ?[-–] ?(?:kl\.? ?)?\d{1,2}[.:]\d{2})?$/u;
/** A sentence rather than a place: a finite verb, or a full stop at the end (`Mødested Rådhuset er ændret til …`). */
const SENTENCE = / (?:er|var|blev|bliver|har|vil|skal|kan|må)\b|\.$/u;

/** Committee name from a title line. */
export function committeeFromTitle(title: string): string | null {
  const c = committeeInTitle(title);
  return c !== null && !NOT_A_COMMITTEE.test(c) ? c : null;
}

/**
 * A council named with what it belongs to: `Ældrerådet i Faxe Kommune`, `KOMMUNALBESTYRELSEN I LEJRE`, `Bestyrelsen
 * for Boligselskabet Fjordparken`.
 */
const COUNCIL_OF =
  /^(?:\p{Lu}[\p{L}-]*(?:rådet|udvalget|nævnet|bestyrelsen|forum|gruppen|RÅDET|UDVALGET|NÆVNET|BESTYRELSEN|FORUM|GRUPPEN)|Bestyrelsen|Rådet|Udvalget|Nævnet) (?:i|for|ved|I|FOR|VED) (?:S[ck]t\. )?\p{Lu}[\p{L} -]{1,40}$/u;

/** `Menighedsrådsmøde`, `Referat af byrådsmødet`, `Skolebestyrelsesmøde på …`: the meeting word names the body. */
const BODY_MEETING = /^(?:referat (?:af|fra) )?(\p{L}*?)(råds|bestyrelses|styrelses|udvalgs|nævns|repræsentantskabs|kommissions|gruppe)møde(?:t)?(?:$|[ ,.])/iu;
const BODY_OF: Record<string, string> = {
  råds: 'rådet',
  bestyrelses: 'bestyrelsen',
  styrelses: 'styrelsen',
  udvalgs: 'udvalget',
  nævns: 'nævnet',
  repræsentantskabs: 'repræsentantskabet',
  kommissions: 'kommissionen',
  gruppe: 'gruppen',
};

/** A line naming who receives the minutes, not who met. */
const RECIPIENTS = /^(?:til orientering|til|kopi|cc|modtagere|fordeling|udsendt til|sendt til)\s*:/i;

/** A document-type word before the name in a title segment (`Beslutningsprotokol for Økonomiudvalget`, `Referat Økonomiudvalget`). */
const DOCUMENT_WORD = /^(?:beslutningsprotokol|referat|dagsorden|mødereferat|protokol)(?: (?:for|fra|af|til))? (?=\p{Lu})/iu;
/** A case or journal number line (`J.nr. 18.00.00A00`, `Sagsnr. 24/1234`), whose digits are no date or time. */
const CASE_NUMBER_LINE = /^(?:j\. ?nr|journalnr|sagsnr|sag nr)\.?:? /i;

/** A line that dates a meeting: with a weekday or a time, and not the next meeting's or a deadline. */
const MEETING_DATE_LINE = /^(?!næste møde|frist)(?=.*(?:\b(?:man|tirs|ons|tors|fre|lør|søn)dag\b|\bkl\.? ?\d))/i;

/** A letter's dateline: a place, a comma and a date (`Ry, den 12. november 2001`, `Aarhus, 3.5.2024`). */
const DATELINE = /^\p{Lu}[\p{L}.-]+(?: \p{Lu}[\p{L}.-]+)?, (?:den |d\. )?\d{1,2}\.(?: ?\p{L}+ | ?\d{1,2}\.)\d{4}$/u;

/** A date closing a title segment (`Referat Økonomiudvalget 12.03.2024`). */
// (Also a parliamentary session, `Sundhedsudvalget 2023-24`, as Folketinget stamps its committees' documents.)
const TRAILING_DATE = / (?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|(?:19|20)\d{2}-\d{2})$/u;
/** Where a title splits into segments: `. ` (not after `Skt.`, `afd.`, `nr.`), ` – `, ` - `, `, ` (not in `Børne-, Unge- og …`). */
const SEGMENTS = /(?<!\b(?:S[ck]t|St|[Aa]fd|[Nn]r))\. | – | - |(?<!-), /u;

function committeeInTitle(line: string): string | null {
  // `Forside > Politik > Dagsordener og referater > Økonomiudvalget`: a breadcrumb ends with the page's own name.
  const crumbs = line.split(BREADCRUMB);
  // (` / ` also joins names, `Kultur / Fritid / Idræt`: as a breadcrumb only after a site's first page, in 3+ parts.)
  const slash = / \/ /u.test(line);
  const title = crumbs.length >= (slash ? 3 : 2) && (!slash || NAVIGATION_START.test(line)) ? crumbs[crumbs.length - 1]!.trim() : line;
  // (`Møde i Vækstforum mandag den 18. juni 2007`: the weekday is the date's. A place is met in too, `Møde i
  // Personalerummet mandag den 4. marts`: with a weekday, only a body's name.)
  let m = /^møde i (.+?)( (?:man|tirs|ons|tors|fre|lør|søn)dag)?,? den \d/i.exec(title);
  if (m) return m[2] === undefined || (COMMITTEE_WORD.test(m[1]!.trim()) && !m[1]!.includes(',')) ? m[1]!.trim() : null;
  m = /\b(?:(?:[Bb]estyrelses|BESTYRELSES|[Gg]eneral|GENERAL|[Åå]rs|ÅRS|[Uu]dvalgs|UDVALGS)?(?:[Mm]øde|MØDE)(?:t|T)?|[Gg]eneralforsamling(?:en)?) (?:i|for|I|FOR) (\p{Lu}.{1,80}?)(?: (?:den|d\.|kl\.?) \d| (?:[Mm]an|[Tt]irs|[Oo]ns|[Tt]ors|[Ff]re|[Ll]ør|[Ss]øn)dag\b| \d{1,2}\.? ?(?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december)\b| \d{1,2}[-./]\d{1,2}[-./]\d{2,4}|[,.]|$)/u.exec(title);
  // (`Åbent møde for Teknik- og Miljøudvalgets møde den …`: the committee's meeting.)
  if (m && !/kommune$/i.test(m[1]!)) return m[1]!.trim().replace(/^(.+?)s møde$/u, '$1').replace(/ (?:af|fra|den|i|på)$/u, '');
  // `Referat fra Børne- og Skoleudvalgets møde`: a name (capitalised) in the genitive; `det ordinære møde` is none.
  m = /^(?:[Rr]eferat|REFERAT|[Dd]agsorden|DAGSORDEN) (?:fra|for|af|til|FRA|FOR|AF|TIL) ((?:\S+ og |\S+ OG )?\p{Lu}\S*?)[sS]? (?:møde|ordinære møde|ekstraordinære møde|MØDE)\b/u.exec(title);
  if (m) return genitive(m[1]!);
  m = /^(.+?) \(\1\b/u.exec(title);
  if (m) return m[1]!.trim();
  m = /^(.+?) [-–] (?:referat|dagsorden|beslutningsprotokol)\b/i.exec(title);
  // (`Middelfart Kommune – Dagsorden`: the municipality; its committee is named below.)
  if (m && !/kommune$/i.test(m[1]!)) return m[1]!.trim();
  // `Referat fra kapsejladsudvalgets møde`: a committee named in lower case in the genitive.
  m = /^(?:referat|dagsorden) (?:fra|for|af) (\p{Ll}[\p{L}-]*(?:udvalg|råd|bestyrelse|nævn)(?:et|en))s (?:ordinære |ekstraordinære )?møde\b/iu.exec(title);
  if (m) return m[1]!.charAt(0).toUpperCase() + m[1]!.slice(1);
  m = /^(?:referat|dagsorden) (?:fra|for|af) (?:møde i )?(.+?) (?:den|d\.) \d/i.exec(title);
  if (m) return m[1]!.trim();
  // `Referat af møde i afdelingsbestyrelsen, Afd. 14 Solsikkeparken`: a body named in lower case.
  m = /^(?:referat|dagsorden) (?:fra|for|af) møde i (\p{Ll}[\p{L}-]*(?:udvalget|rådet|bestyrelsen|nævnet))(?:[ ,.]|$)/iu.exec(title);
  if (m) return m[1]!.charAt(0).toUpperCase() + m[1]!.slice(1);
  // `Grundejerforeningen Søbakken`, `Vorbasse Idrætsforening`: an association names itself on its first line.
  m = /^\p{Lu}\p{Ll}*forening(?:en)?(?: [\p{Lu}\d][\p{L}\d-]*){0,3}$|^(?!.*(?:[Rr]eferat|REFERAT|[Dd]agsorden|DAGSORDEN|møde|MØDE))(?:\p{Lu}[\p{L}-]* ){1,3}\p{Lu}\p{Ll}*forening$/u.exec(title);
  if (m) return m[0];
  // `KKR NORDJYLLAND`, `KKR Syddanmark`: a municipal contact council.
  m = /^KKR \p{Lu}[\p{L}-]+$/u.exec(title);
  if (m) return m[0];
  // `Ældrerådet i Faxe Kommune`, `KOMMUNALBESTYRELSEN I LEJRE`: a council named with its municipality.
  m = COUNCIL_OF.exec(title);
  if (m) return m[0];
  // (`Til orientering: Styregruppen`, `Kopi: Hovedstyrelsen`: who receives the minutes.)
  if (RECIPIENTS.test(title)) return null;
  for (const seg of title.split(SEGMENTS)) {
    // (`Arbejdsmiljøudvalget (AMU)`: the name, without its short form.)
    const s = seg.trim().replace(/\.$/u, '').replace(DOCUMENT_WORD, '').replace(TRAILING_DATE, '').replace(/ \(\p{Lu}{2,6}\)$/u, '');
    if (COMMITTEE_WORD.test(s) && !/kommune$/i.test(s) && s.length <= 80) return s.replace(/^\d+ /u, '');
    // `Referat – Ældrerådet i Hedensted Kommune`.
    if (COUNCIL_OF.test(s)) return s;
  }
  return null;
}

function genitive(word: string): string {
  return /(?:et|en)s$/u.test(word) ? word.slice(0, -1) : word;
}

/** `Navn (*Fraværende*)`, `Navn, sag 129-138` → participants. */
function splitNames(value: string): string[] {
  // A list wrapped onto the next line ends its first line with a comma.
  // (A semicolon in brackets is part of the note: `Per Lind (Solrød Gymnastik; stedfortræder Mona Berg)`.)
  const v = value.trim().replace(/[.,]$/u, '').trim().replace(/\([^()]*\)/gu, (p) => p.replace(/; /gu, '\u0000'));
  if (v === '' || /^ingen\b/i.test(v)) return [];
  // `Lise Frost (A), formand`: a lower-case part is the role of the name before it, not a name.
  return v
    .split(/, (?!\p{Ll})|; | og (?=\p{Lu})/u)
    .map((s) => s.replace(/\u0000/gu, '; ').trim())
    .filter((s) => s !== '');
}

/** `Henrik Bøje. Stedfortræder Jan Pallesen (V) deltog.`: the names, then a sentence with a verb about them. */
const ABSENT_NOTE = /^([^.]{2,200}?)\. (\p{Lu}[^.]{0,200}\b(?:deltog|deltager|mødte|møder|var|er|blev|indkaldt|indtrådte)\b.*)$/u;
/** `Stedfortræder Jan Pallesen (V) deltog`, `Suppleant Ib Holm mødte`: who came instead. */
const SUBSTITUTE_CAME = /^(?:[Ss]tedfortræder|[Ss]uppleant|[Ss]uppl\.) (\p{Lu}[^()]{1,60}?(?: \([^()]{1,20}\))?) (?:deltog|deltager|mødte|møder|var indkaldt|indtrådte)\b/u;
/** `Hans Aronsen – stedfortræder Tobias Kristiansen`, `Hans Aronsen (suppleant: Tobias Kristiansen)`. */
const ABSENT_SUBSTITUTE = /^(\p{Lu}[^()–]{1,60}?(?: \([^()]{1,20}\))?) ?(?:[–-] |\()(?:[Ss]tedfortræder|[Ss]uppleant|[Ss]uppl\.):? (\p{Lu}[^()]{1,60}?(?: \([^()]{1,20}\))?)\)?$/u;

/** `Erik Olsen for Frank Berg`: a substitute and the member they stand in for (names start with a capital). */
const SUBSTITUTE_FOR = /^(\p{Lu}[^()]{1,60}?(?: \([^()]{1,20}\))?) (?:som stedfortræder )?for (\p{Lu}[^()]{1,60}(?: \([^()]{1,20}\))?)$/u;
/** `Erik Olsen (stedfortræder for Frank Berg)`, `Erik Olsen (suppl. for Frank Berg)`. */
const SUBSTITUTE_NOTE = /^([^()]{2,60}?) ?\((?:[Ss]tedfortræder|[Ss]uppleant|[Ss]uppl\.|[Mm]ødte) for (\p{Lu}[^()]{1,60})\)$/u;

/** `Hele bestyrelsen`, `Alle medlemmer undtagen Per Holm og Lis Vad`, `Samtlige medlemmer på nær Per Holm`. */
const ALL_BUT = /^(?:hele|alle|samtlige) [^,]{1,40}?(?:(?: undtagen| på nær| bortset fra| minus):? (.+))?$/i;

function participantsFrom(field: HeaderField, startLine: number): Participant[] {
  const out: Participant[] = [];
  const absentField = field.field === 'absent';
  const lines = field.label === null || field.value.includes('\n') ? field.value.split('\n') : [field.value];
  let external = field.label !== null && /ekstern/i.test(field.label);
  const substitutes = field.label !== null && /^stedfortræder/i.test(field.label);
  lines.forEach((ln, k) => {
    // `Afbud: Henrik Bøje. Stedfortræder Jan Pallesen (V) deltog.`: a sentence after the names says who came instead.
    if (absentField) {
      const note = ABSENT_NOTE.exec(ln.trim());
      if (note) {
        ln = note[1]!;
        const came = SUBSTITUTE_CAME.exec(note[2]!);
        if (came) out.push({ name: came[1]!.trim(), absent: false, external: false, line: lines.length > 1 ? startLine + k : field.line });
      }
    }
    // `Hele bestyrelsen undtagen Per Holm`: nobody is named as present, the exceptions are absent.
    const all = ALL_BUT.exec(ln.trim());
    if (all) {
      const line = lines.length > 1 ? startLine + k : field.line;
      if (!absentField) for (const name of splitNames(all[1] ?? '')) out.push({ name, absent: true, external: false, line });
      return;
    }
    for (let part of splitNames(ln.replace(/, sag [\d -]+$/u, ''))) {
      // `23 andelshavere, heraf 4 ved fuldmagt`: a count, not a name.
      if (!/^\p{Lu}/u.test(part)) continue;
      const ext = /^eksterne deltagere ?:\s*/i.exec(part);
      if (ext) {
        external = true;
        part = part.slice(ext[0].length);
      }
      let absent = absentField;
      const mark = /\s*\(\*?(?:fraværende|afbud|fravær)\*?\)\s*$/i.exec(part);
      if (mark) {
        absent = true;
        part = part.slice(0, mark.index);
      }
      part = part.replace(/, sag [\d -]+$/u, '').trim();
      const line = lines.length > 1 ? startLine + k : field.line;
      // `Erik Olsen for Frank Berg` under `Stedfortræder:`, `Erik Olsen (stedfortræder for Frank Berg)`: the
      // substitute takes part, the member named after `for` is absent.
      if (absentField) {
        // `Hans Aronsen – stedfortræder Tobias Kristiansen`: the member is absent, the substitute takes part.
        const instead = ABSENT_SUBSTITUTE.exec(part);
        if (instead) {
          out.push({ name: instead[1]!.trim(), absent: true, external: false, line });
          out.push({ name: instead[2]!.trim(), absent: false, external: false, line });
          continue;
        }
        // `Qaavigaq Peary (vejrlig, fly fra Qaanaaq aflyst)`: why, not who (a party, `(V)`, is kept).
        part = part.replace(/ \(\p{Ll}[^()]*\)$/u, '');
      }
      const sub = (substitutes ? SUBSTITUTE_FOR.exec(part) : null) ?? SUBSTITUTE_NOTE.exec(part);
      // The member stood in for is a person (two names at least): `suppleant for Venstre` names a party.
      if (sub && /\S \p{Lu}/u.test(sub[2]!)) {
        out.push({ name: sub[1]!.trim(), absent: false, external, line });
        out.push({ name: sub[2]!.trim(), absent: true, external: false, line });
        continue;
      }
      if (part !== '') out.push({ name: part, absent, external, line });
    }
  });
  return out;
}

/** `Mødet blev hævet kl. 14.35`, `Mødet sluttede kl. 21:40`, `Mødet afsluttet kl. 16`. */
export const MEETING_ENDED = /^mødet (?:blev )?(?:hævet|sluttede|afsluttedes|afsluttet|slut(?:tet)?)(?: \S+){0,3}? kl\.? ?\d{1,2}[.:]\d{2}\.?$/i;
const MODET_GATE = /^mødet /i;

/** The label of a table of contents or an agenda list: no header value. */
const CONTENTS_LABEL = /^(?:indholdsfortegnelse|indhold|dagsorden|punkter)\s*:?$/i;

/** A line that continues a list of names: names (with a party or role) separated by commas, nothing else. */
const NAME_LINE = /^\p{Lu}[\p{L}.'-]*(?: [\p{L}.'-]+){0,4}(?: \([^()]{1,30}\))?(?:, (?:\p{Lu}[\p{L}.'-]*(?: [\p{L}.'-]+){0,4}(?: \([^()]{1,30}\))?|\p{Ll}[\p{L} -]{0,30}))*,?$/u;

/** A letter's or a mail's greeting on a line of its own. */
const GREETING = /^(?:kære|hej|hejsa|goddag|til)\b.{0,40}[,!]?$/i;

/** A line that names the document: `Referat`, `Dagsorden 12. september 2023`, `Beslutningsprotokol`. */
const MINUTES_WORD = /^(?:referat|dagsorden|beslutningsprotokol|mødereferat|protokol)\b/i;

/** Whether boilerplate (site navigation) stands among the lines from `from` to the title line: a copied web page. */
function navigationAbove(doc: Doc, from: number, titleLine: number): boolean {
  for (let i = from; i <= titleLine + 3 && i < doc.n; i++) if (!doc.blank[i] && isBoilerplate(doc.sq[i]!)) return true;
  return false;
}

type LabelPair = { label: string; field: HeaderFieldName; value: string };

/**
 * The `Label: value` pairs of `cells` from cell `from` on, or null when a cell there is no label with its colon (or,
 * with `factsOnly`, a label of no meeting fact, or one left without a value). A label cell without its value takes the
 * next cell as its value.
 */
function pairsOf(cells: readonly string[], from: number, factsOnly: boolean): LabelPair[] | null {
  const out: LabelPair[] = [];
  for (let k = from; k < cells.length; k++) {
    const lab = labelOf(cells[k]!);
    if (!lab || !lab.colon || (factsOnly && !MEETING_FACT.has(lab.field))) return null;
    let value = lab.value;
    if (value === '' && k + 1 < cells.length && !labelOf(cells[k + 1]!)) value = cells[++k]!;
    if (factsOnly && value === '') return null;
    out.push({ label: lab.label, field: lab.field, value });
  }
  return out;
}

/**
 * Two or more `Label: value` pairs side by side on one line (cells apart by a tab or three spaces), or null. Every pair
 * must start with a known label.
 */
function labelPairs(raw: string): LabelPair[] | null {
  const cells = cellsApart(raw, / {3,}|\t+/u);
  if (cells.length < 3) return null;
  const out = pairsOf(cells, 0, false);
  return out !== null && out.length >= 2 ? out : null;
}

/**
 * `Teknik- og Miljøudvalget            Mødedato:    04.03.2024`: a name in the first column and `Label: value` pairs
 * beside it (a PDF's header table), or null. Only the meeting's facts: `Per Holm   Til stede: punkt 1-4` is a row of an
 * attendance table.
 */
function ledPairs(raw: string): { lead: string; pairs: LabelPair[] } | null {
  const cells = cellsApart(raw, / {3,}|\t+/u);
  if (cells.length < 2 || labelOf(cells[0]!) !== null) return null;
  const pairs = pairsOf(cells, 1, true);
  return pairs === null ? null : { lead: cells[0]!, pairs };
}

/** Two times joined by a dash: `kl. 15.30-17.45`, `17:00 – 20:50`. */
const TIME_RANGE = /\d[.:]\d{2} ?[-–] ?(?:kl\.? ?)?\d{1,2}[.:]\d{2}/u;

const MEETING_FACT: ReadonlySet<HeaderFieldName> = new Set(['date', 'time', 'start', 'end', 'location']);

/** The columns of a line laid out in two or more (set apart by a tab or eight spaces), or null for one column. */
function columnsOf(raw: string): string[] | null {
  const parts = cellsApart(raw, / {8,}|\t+/u);
  return parts.length >= 2 && parts.length <= 3 ? parts : null;
}

/** The non-empty cells of a raw line split where `gap` (tabs or a run of spaces) stands, each squashed. */
function cellsApart(raw: string, gap: RegExp): string[] {
  return cleanLine(raw)
    .split(gap)
    .map((c) => squash(c))
    .filter((c) => c !== '');
}

/** Parses the header region [from, to) of a document. */
export function parseHeader(doc: Doc, from: number, to: number, opts: HeaderOptions = {}): HeaderFacts {
  const fields: HeaderField[] = [];
  let title: string | null = null;
  let timeLine = -1;
  const valueLines: Array<{ field: HeaderField; first: number }> = [];
  const unlabelled: string[] = [];
  const unlabelledLines: number[] = [];
  for (let i = from; i < to; i++) {
    if (doc.blank[i]) continue;
    const sq = doc.sq[i]!;
    if (isBoilerplate(sq) || /cookie/i.test(sq)) continue;
    // `Mødedato:    12. marts 2024        Mødetidspunkt:   15:00 - 17:30`: a header table with two pairs on a line.
    const pairs = sq !== doc.lines[i] ? labelPairs(doc.lines[i]!) : null;
    const led = pairs === null && sq !== doc.lines[i] ? ledPairs(doc.lines[i]!) : null;
    if (pairs || led) {
      for (const p of pairs ?? led!.pairs) {
        const f: HeaderField = { field: p.field, label: p.label, value: p.value, line: i + 1, endLine: i + 1 };
        fields.push(f);
        valueLines.push({ field: f, first: i + 1 });
      }
      if (led) {
        unlabelled.push(led.lead);
        unlabelledLines.push(i);
        // (`Referat      Dato:   12. marts 2024`: the name in the first column may be the document's title.)
        if (title === null && MINUTES_WORD.test(led.lead)) {
          title = led.lead;
          fields.push({ field: 'title', label: null, value: led.lead, line: i + 1, endLine: i + 1 });
        }
      }
      continue;
    }
    let lab = labelOf(sq);
    // (`Forside` / `>` / `Udvalg` / `>` / `Børne- og Ungeudvalget`: a breadcrumb laid out a part a line; `Udvalg` is a
    // part of it, not a label.)
    if (lab && lab.value === '' && !lab.colon && (BREADCRUMB_PART.test(doc.sq[nextAfter(doc, i)] ?? '') || (i > 0 && BREADCRUMB_PART.test(doc.sq[prevNonBlank(doc, i - 1)] ?? '')))) lab = null;
    if (lab && lab.value === '') {
      // Label alone on its line: the value is the next run of non-blank lines; not across a page break (an empty
      // `Fraværende:` at the foot of a page is not the next page's running header), nor into the contents.
      let j = i + 1;
      let pageBreak = false;
      for (; j < to && doc.blank[j]; j++) if (doc.lines[j]!.includes('\f')) pageBreak = true;
      const vals: string[] = [];
      const first = j;
      const names = lab.field === 'participants' || lab.field === 'absent';
      while (j < to && !doc.blank[j] && !labelOf(doc.sq[j]!) && !isBoilerplate(doc.sq[j]!)) {
        if (pageBreak || doc.lines[j]!.includes('\f') || CONTENTS_LABEL.test(doc.sq[j]!) || (names && /^\d{1,3}\.\s/u.test(doc.sq[j]!))) break;
        vals.push(doc.sq[j]!);
        j++;
      }
      if (vals.length === 0) j = i + 1;
      const f: HeaderField = { field: lab.field, label: lab.label, value: vals.join('\n'), line: i + 1, endLine: Math.max(i + 1, j) };
      fields.push(f);
      valueLines.push({ field: f, first: first + 1 });
      i = j - 1;
      continue;
    }
    if (lab) {
      // A list of names that goes on under its label line (`Medlemmer: Lise Frost (A), formand` / `Jakob Winther (V)`).
      const vals = [lab.value];
      let j = i + 1;
      if (lab.field === 'participants' || lab.field === 'absent') {
        // (Not a web page's button under it, `Udskriv`, `Del`.)
        while (j < to && !doc.blank[j] && !labelOf(doc.sq[j]!) && NAME_LINE.test(doc.sq[j]!) && !isBoilerplate(doc.sq[j]!)) vals.push(doc.sq[j++]!);
      }
      const f: HeaderField = { field: lab.field, label: lab.label, value: vals.join('\n'), line: i + 1, endLine: j };
      fields.push(f);
      valueLines.push({ field: f, first: i + 1 });
      i = j - 1;
      continue;
    }
    // `Mødet blev hævet kl. 14.35.`: when the meeting ended, said in a sentence.
    const ended = MODET_GATE.test(sq) ? MEETING_ENDED.exec(sq) : null;
    if (ended) {
      fields.push({ field: 'end', label: null, value: sq, line: i + 1, endLine: i + 1 });
      continue;
    }
    unlabelled.push(sq);
    unlabelledLines.push(i);
    const dates = findDates(sq);
    if (title === null && !(dates.length > 0 && sq.length - dates[0]!.length < 30 && !/\p{L}{4}/u.test(sq.replace(/\p{L}+dag|den|kl/giu, '')))) {
      // `Referat                      Miljø- og Teknikudvalget` (a page laid out in columns): the first column is the
      // title, the others are facts of their own (the committee, here).
      const columns = sq !== doc.lines[i] ? columnsOf(doc.lines[i]!) : null;
      title = columns ? columns[0]! : sq;
      if (columns) {
        unlabelled[unlabelled.length - 1] = columns[0]!;
        for (const c of columns.slice(1)) {
          unlabelled.push(c);
          unlabelledLines.push(i);
        }
      }
      fields.push({ field: 'title', label: null, value: title, line: i + 1, endLine: i + 1 });
      continue;
    }
    // Times are looked for only when the answer matters (no date on the line, no date/time line yet). A letter's
    // dateline (`Ry, den 12. november 2001`) dates the writing, not the meeting: a later date line is the meeting's.
    // (Nor does a case number hold a time: `J.nr. 18.00.00A00`.)
    if (timeLine < 0 && sq.length < 120 && (dates.length > 0 || findTimes(sq).length > 0) && !(dates.length === 1 && DATELINE.test(sq)) && !CASE_NUMBER_LINE.test(sq)) {
      timeLine = i;
      fields.push({ field: 'date', label: null, value: sq, line: i + 1, endLine: i + 1 });
      continue;
    }
    if (opts.locationAfterTime && timeLine >= 0 && i === nextAfter(doc, timeLine) && sq.length < 100 && !/:/u.test(sq)) {
      fields.push({ field: 'location', label: null, value: sq, line: i + 1, endLine: i + 1 });
      continue;
    }
    // The line right under the date/time line naming a place: `i Mødelokale 1, Rådhuset`, `Byrådssalen, Rådhuset`.
    if (timeLine >= 0 && i === nextAfter(doc, timeLine) && sq.length < 100 && !/:/u.test(sq)) {
      const place = placeLine(sq);
      if (place) {
        fields.push({ field: 'location', label: null, value: place, line: i + 1, endLine: i + 1 });
        continue;
      }
    }
  }
  const get = (name: HeaderFieldName) => fields.find((f) => f.field === name && f.value !== '') ?? null;
  const participants: Participant[] = [];
  for (const v of valueLines) {
    if (v.field.field === 'participants' || v.field.field === 'absent') {
      for (const p of participantsFrom(v.field, v.first)) {
        const known = participants.find((q) => q.name === p.name);
        if (known) known.absent = known.absent || p.absent;
        else participants.push(p);
      }
    }
  }
  const meetingField = get('meeting');
  // A web page's first line is site navigation (`Borger`, `Politik`): a later line naming the document wins.
  const titleField = fields.find((f) => f.field === 'title');
  // So is a mail's greeting (`Kære alle`, `Hej alle`) over the minutes it brings.
  if (title !== null && titleField && !MINUTES_WORD.test(title) && (GREETING.test(title) || navigationAbove(doc, from, titleField.line - 1))) {
    const k = unlabelled.findIndex((u) => MINUTES_WORD.test(u) && u.length <= 120);
    if (k >= 0) {
      const named = unlabelled[k]!;
      const f = titleField;
      const at = unlabelledLines[k]!;
      title = named;
      f.value = named;
      f.line = at + 1;
      f.endLine = at + 1;
    }
  }
  const titleValue = meetingField && !GENERIC_TITLES.test(meetingField.value) ? meetingField.value : (title ?? meetingField?.value ?? null);
  // The first hit of each candidate list is searched lazily: the helpers are pure, so stopping at the first hit gives
  // what mapping the whole list and then finding did.
  // (The date line too: `Referat fra kapsejladsudvalgets møde tirsdag den 5. marts 2024 kl. 19.30`.)
  const dateLine = fields.find((f) => f.field === 'date' && f.label === null)?.value;
  const named = [titleValue, title, ...joinWrappedCrumbs(unlabelled, unlabelledLines), dateLine];
  const committee = get('committee')?.value.split('\n')[0] ?? firstOf(named, committeeFromTitle) ?? firstOf(named, committeeFromMeetingWord) ?? null;

  const startF = get('start');
  const endF = get('end');
  // A labelled date (`Mødedato: 6. maj 2024`) before an unlabelled date line (`Revideret 2. maj 2024`).
  const labelledDate = fields.find((f) => f.field === 'date' && f.label !== null && f.value !== '');
  const dateF = labelledDate ?? get('date');
  const timeF = get('time');
  // A letter's dateline (`Ry, den 12. november 2001`) dates the writing where another line reads as the meeting's
  // date, with its weekday or time; otherwise it is the best date there is (`Næste møde: 9. april 2024` is not).
  const datelines = unlabelled.filter((u) => DATELINE.test(u));
  const meetingLine = datelines.length > 0 && unlabelled.some((u) => !DATELINE.test(u) && MEETING_DATE_LINE.test(u) && findDate(u) !== null);
  const undated = !meetingLine ? unlabelled : [...unlabelled.filter((u) => !DATELINE.test(u)), ...datelines];
  const first = labelledDate === undefined && datelines.length > 0 && !meetingLine ? datelines[0] : undefined;
  // `Mødetidspunkt: Tirsdag den 4. marts 2024 kl. 15.00`: a time label may hold the date too.
  const date = firstOf([startF?.value, first, dateF?.value, timeF?.value, title, meetingField?.value, ...undated], findDate) ?? null;
  let start: string | null = null;
  let end: string | null = null;
  const startTime = startF ? findTimes(startF.value)[0] : undefined;
  const endTime = endF ? findTimes(endF.value)[0] : undefined;
  // (`Møde: Onsdag 2. oktober 2024, kl. 15.30-17.45`: the meeting's label may hold the times too.)
  // (Only its first time, unless it gives a range: `kl. 19.00. Kaffe fra kl. 18.30.` is no end.)
  const meetingTimes = meetingField === null || !/\bkl\.?\s?\d/i.test(meetingField.value) ? undefined : TIME_RANGE.test(meetingField.value) ? meetingField.value : findTimes(meetingField.value)[0];
  const rangeTimes = findTimes([dateF?.value, timeF?.value, meetingTimes].filter(Boolean).join(' '));
  // `Mødested: Rådhuset, lokale 2.14, kl. 16.00-18.00`: the time written after the place.
  const placeTimes = get('location')?.value.match(PLACE_TIME)?.[0];
  const titleTimes = firstOf([title, ...unlabelled, placeTimes], (t) => (/\bkl\.?\s?\d/i.test(t) ? nonEmpty(findTimes(t)) : null)) ?? (title ? findTimes(title) : []);
  const st = startTime ?? rangeTimes[0] ?? titleTimes[0];
  const et = endTime ?? (startTime ? undefined : (rangeTimes[1] ?? titleTimes[1]));
  const startDate = (startF && findDate(startF.value)) ?? date;
  const endDate = (endF && findDate(endF.value)) ?? startDate;
  if (startDate && st) start = `${startDate}T${st}`;
  if (endDate && et) end = `${endDate}T${et}`;
  // `kl. 22.00-00.30`: an evening meeting that ends after midnight ends the next day (an end before the start
  // otherwise is a slip the time-order rule reports).
  if (start && end && end < start && endDate === startDate && !(endF && findDate(endF.value)) && et! < '06:00' && st! >= '12:00') {
    end = `${nextDay(endDate!)}T${et}`;
  }
  const published = get('published') ? findDate(get('published')!.value) : null;
  let location = get('location')?.value.split('\n').join(', ').replace(PLACE_TIME, '') ?? null;
  if (!location) location = firstOf([title, ...unlabelled], locationFromSentence) ?? null;
  if (!location) location = firstOf(unlabelled, locationFromColumns) ?? null;
  return { fields, participants, title: titleValue, committee, date, start, end, location, published };
}

/** The ISO date after `date`. */
function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** `f` of the first non-empty text for which it gives a non-empty result (`''`, null and undefined are skipped). */
function firstOf<T>(texts: ReadonlyArray<string | null | undefined>, f: (t: string) => T | null | undefined): T | undefined {
  for (const t of texts) {
    if (!t) continue;
    const r = f(t);
    if (r) return r;
  }
  return undefined;
}

const nonEmpty = <T>(xs: T[]): T[] | null => (xs.length > 0 ? xs : null);

function nextAfter(doc: Doc, i: number): number {
  let j = i + 1;
  while (j < doc.n && doc.blank[j]) j++;
  return j;
}

/**
 * A two-column header flattened by a PDF-to-text export: the labels first (`Dato: … Mødested: Udsendelsesdato:`), then
 * the values (`Onsdag den 15-maj-2002 Kommunalbestyrelsens mødelokaler Fraværende: …`). The place is the value after
 * the date when it names a room.
 */
export function locationFromColumns(s: string): string | null {
  if (!/[Mm]ødested ?: ?\p{Lu}[\p{Ll} ]*:/u.test(s)) return null;
  const d = findDates(s)[0];
  if (!d) return null;
  const rest = s.slice(d.index + d.length).trim();
  const m = /^(.{3,80}?)(?= \p{Lu}[\p{L} ]{2,30}:|$)/u.exec(rest);
  const place = m?.[1]?.trim() ?? '';
  return /(?:lokale|sal|rådhus|stue|center|teams|online|virtuel)/i.test(place) ? place : null;
}

/** `… møde den 22. februar 2016 i St. Magleby Stuen, Rådhuset kl. 10.00 – 12.00` → the place. */
/** Words that name a meeting place. */
// (A street address, `Fjordvej 154`, `Trollseeweg 3`, names a place too.)
const PLACE_WORD = /rådhus|mødelokale|mødesal|lokale \d|byrådssal|rådssal|regionshus|kommunekontor|administrationsbygning|forsamlingshus|kulturhus|borgerhus|bibliotek|hotel|bygning \d|virtuelt|teams|online|\p{L}(?:vej|gade|allé|plads|stræde|torv|weg|straße) \d/iu;

/** A place on a line of its own: `i Mødelokale 1, Rådhuset` (the preposition dropped), `Byrådssalen, Rådhuset`. */
function placeLine(line: string): string | null {
  // `Mødet blev holdt i Allerslev Rådhus, kl. 18.00 - 21.05`: the place without the sentence and the time.
  // (`Kl. 13.00-16.00 i KL-huset, Weidekampsgade 10`: the time before the place goes too.)
  const sq = line
    .replace(/^mødet (?:blev )?(?:af)?holdt(?:es)? (?=(?:i|på) )/i, '')
    .replace(/^kl\.? ?\d{1,2}[.:]\d{2}(?: ?[-–] ?\d{1,2}[.:]\d{2})?,? (?=(?:i|på|hos) )/i, '')
    .replace(/,? kl\.? ?\d.*$/i, '');
  const prep = /^(?:i|på|hos) (?=\p{Lu})/u.exec(sq);
  if (prep) return sq.slice(prep[0].length).replace(/[,.]$/u, '');
  // (No year: a date line. `bygning 1483` is a building's number. A line in lower case goes on from a sentence.)
  return PLACE_WORD.test(sq) && /^[\p{Lu}\d]/u.test(sq) && !/(?<!\d)(?:19|20)\d{2}(?!\d)/u.test(sq) ? sq.replace(/[,.]$/u, '') : null;
}

export function locationFromSentence(s: string): string | null {
  const m =
    /\bmøde(?:t)? (?:den )?\d{1,2}\.? ?\p{L}+\.? \d{4} (?:i|på) (.{3,100}?)(?:,? kl\.? ?\d|$)/iu.exec(s) ??
    // (`… kl. 19.30 i Ølsted Forsamlingshus. 37 af foreningens 112 parceller …`: the place ends with its sentence.)
    /\d{4},? kl\.? ?\d{1,2}[.:]\d{2}(?: ?[-–] ?\d{1,2}[.:]\d{2})? (?:i|på|hos) (.{3,100}?)(?:\. (?=\p{Lu}\p{Ll}|\d+ \p{Ll})|$)/iu.exec(s) ??
    // `Tirsdag den 16. januar 2024 kl. 10.00-12.00, Borgerhuset`: the place after the time, set off by a comma.
    /\d{4},? kl\.? ?\d{1,2}(?:[.:]\d{2})?(?: ?[-–] ?\d{1,2}(?:[.:]\d{2})?)?, (\p{Lu}[^,]{2,60}(?:, [^,]{2,60})?)$/u.exec(s);
  return m ? m[1]!.trim().replace(/[,.]$/u, '') : null;
}
