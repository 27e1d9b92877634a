// Web publications of agenda systems copied as text (Drupal, TYPO3, .aspx portals): site furniture (`Til toppen`,
// `Fold alle ud`, `• Udskriv`, cookie banners), items marked `Pkt. N`, `Sag nr. N`, `• 301. Title` or `Sagsid.:`, and
// decisions labelled `<Udvalg>, DD-MM-YYYY, pkt. N` or `Beslutning <udvalg> den …`.
import { assemble } from '../parse/assemble.js';
import { firstChars, scoreSignals, type Signal } from './evidence.js';
import type { FormatModule } from './types.js';

// Gates (see `Signal`): the anchored patterns need their first letter; the furniture a line of at most 24 characters
// starting with one of its letters (`udskriv hele dagsordenen` is the longest; every case partner of these letters is
// one UTF-16 unit) or 6 characters and a `c` of `cookie` (nothing else matches `c` under `i`); the committee line a literal `, pkt.` and
// a digit or colon at the end; a label a colon.
const FURNITURE_FIRST = firstChars('tfuyd•');

const SIGNALS: Signal[] = [
  {
    name: 'site furniture',
    pattern: /^(?:til toppen|fold alle ud|• ?udskriv|udskriv hele dagsord(?:e)?nen|you are here|du er her)$|cookie/i,
    weight: 0.4,
    gate: (s, len, c0) => (len <= 24 && FURNITURE_FIRST(c0)) || (len >= 6 && (s.indexOf('c') !== -1 || s.indexOf('C') !== -1)),
  },
  { name: "'Pkt. N' item", pattern: /^(?:• ?)?pkt\. ?\d{1,4}\b/i, weight: 0.25, first: 'p•' },
  { name: "'Sag nr. N' item", pattern: /^sag nr\. ?\d{1,4}\b/i, weight: 0.25, first: 's' },
  { name: 'bulleted numbered item', pattern: /^• ?\d{1,4}\. \p{Lu}/u, weight: 0.25, min: 2, first: '•' },
  { name: 'case marker', pattern: /^(?:sagsid|sagsnr)\.?:? ?\d/i, weight: 0.25, first: 's' },
  {
    name: "'<Udvalg>, <dato>, pkt. N' line",
    pattern: /, (?:\d{1,2}[-.]\d{1,2}[-.]\d{4}|\d{1,2}\. \p{L}+ \d{4}), pkt\. ?\d{1,4}:?$/u,
    weight: 0.2,
    last: '0123456789:',
    contains: ', pkt.',
  },
  { name: "'Dato:'/'Lokale:'/'Mødested:' label", pattern: /^(?:dato|lokale|tidspunkt|mødested|udvalg|sted) ?:/i, weight: 0.1, first: 'dltmus', contains: ':' },
];

export const webPublication: FormatModule = {
  id: 'web-publication',
  description: 'agenda-system web pages copied as text: Pkt. N / Sag nr. N / Sagsid items, site furniture, dated committee decision lines',
  detect: (doc) => scoreSignals(doc, SIGNALS, ['site furniture', "'Pkt. N' item", "'Sag nr. N' item", 'bulleted numbered item', 'case marker']),
  parse: (doc) => assemble(doc),
};
