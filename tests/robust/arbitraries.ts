// Generators for the property tests: text that looks enough like minutes to reach the parser's interesting paths.
import fc from 'fast-check';

/** Lines that steer the parser into its interesting paths: headings, numbering, TOC, header labels, noise. */
export const minutesLine = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('', ' ', '\u00a0', '\t', '\u00a0\u00a0 ', '\f', '\u200b') },
  {
    weight: 6,
    arbitrary: fc.constantFrom(
      'Beslutning', 'Beslutning:', 'Indstilling', 'Sagsfremstilling', 'Resume', 'Baggrund', 'Bilag', 'Sagsgang', 'Økonomi',
      'UDVALG', 'Socialudvalget', 'MØDE', 'Mandag den 3. maj 2021 kl. 16.00', 'STED', 'Rådhuset', 'STARTTIDSPUNKT',
      '03-05-2021 16:00:00', 'SLUTTIDSPUNKT', 'PUNKTER', 'Indhold', 'Dato: 12. maj 2021', 'Mødested: Byrådssalen',
      'Mødedeltagere :', 'Fraværende: Jens Hansen', 'Til toppen', 'Godkendt.', 'Indstillingen blev godkendt.',
      'Lukket punkt', 'Eventuelt', 'Punkt 1.', 'Punkt 2.', 'Punkt 12.', '1. Godkendelse af dagsorden', '2. Meddelelser',
      '2. Meddelelser ......................... 4', '3) Orientering', 'Sag 4', 'Bilag: Præsentation.pdf',
      'Beslutning i Økonomiudvalget den 12. maj 2021', 'Forretningsudvalget indstiller, at sagen godkendes.',
      'Ã¸konomi og Ã¦ndringer', '1.', '1', 'Punkt', '...', '....................', '0000000000000000',
      '• punkt', '- et punkt', '<p>html</p>', '\u00adbindestreg',
    ),
  },
  { weight: 3, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 120 }).map((n) => `${n}. ${'Punkt om noget'.slice(0, n % 14)}`) },
);
export const lineEnd = fc.constantFrom('\n', '\r\n', '\r');
export const minutesText = fc
  .tuple(fc.array(fc.tuple(minutesLine, lineEnd), { maxLength: 60 }), fc.boolean())
  .map(([ls, finalEol]) => {
    const s = ls.map(([l, e]) => l + e).join('');
    return finalEol || ls.length === 0 ? s : s.slice(0, s.length - ls[ls.length - 1]![1].length);
  });


const HEADINGS = ['Beslutning', 'Indstilling', 'Sagsfremstilling', 'Resume', 'Baggrund', 'Økonomi', 'Bilag', 'Sagsgang', 'Beslutning i Økonomiudvalget den 12. maj 2021'];
const TITLES = ['Godkendelse af dagsorden', 'Meddelelser', 'Budget 2022', 'Lokalplan for Skolevej', 'Eventuelt', 'Orientering om anlæg', 'Lukket punkt: Personalesag'];
const body = fc.array(fc.oneof(fc.constantFrom('Godkendt.', 'Udvalget tog orienteringen til efterretning.', 'Forvaltningen indstiller, at sagen godkendes.', '', 'Bilag: Notat.pdf', 'Jens Hansen deltog ikke.'), fc.string({ maxLength: 30 })), { maxLength: 4 });
const item = fc.record({
  title: fc.constantFrom(...TITLES),
  sections: fc.array(fc.tuple(fc.constantFrom(...HEADINGS), body), { minLength: 1, maxLength: 3 }),
});

/** A whole document in one of the known layouts (header, TOC, items with sections), then lightly damaged with noise. */
export const minutesDoc = fc
  .record({
    layout: fc.constantFrom('numbered', 'punkt', 'header-block'),
    items: fc.array(item, { minLength: 1, maxLength: 6 }),
    toc: fc.boolean(),
    noise: fc.array(fc.tuple(fc.nat(), minutesLine), { maxLength: 6 }),
    eol: lineEnd,
  })
  .map(({ layout, items, toc, noise, eol }) => {
    const out: string[] = [];
    if (layout === 'header-block') out.push('UDVALG', 'Socialudvalget', '', 'MØDE', 'Mandag den 3. maj 2021 kl. 16.00', '', 'STED', 'Rådhuset', '', 'STARTTIDSPUNKT', '03-05-2021 16:00:00', '', 'SLUTTIDSPUNKT', '03-05-2021 18:00:00', '');
    else out.push('Referat', 'Dato: 3. maj 2021', 'Mødested: Rådhuset', '');
    if (toc || layout === 'header-block') {
      out.push(layout === 'header-block' ? 'PUNKTER' : 'Indhold');
      items.forEach((it, k) => out.push(layout === 'punkt' ? `Punkt ${k + 1}. ${it.title} ........ ${k + 2}` : `${k + 1}. ${it.title}`));
      out.push('');
    }
    items.forEach((it, k) => {
      if (layout === 'punkt') out.push(`Punkt ${k + 1}.`, it.title, '');
      else out.push(`${k + 1}. ${it.title}`, '', ...(layout === 'header-block' ? [`${k + 1}. ${it.title}`, ''] : []));
      for (const [h, b] of it.sections) out.push(h, ...b, '');
    });
    for (const [at, line] of noise) out.splice(at % (out.length + 1), 0, line);
    return out.join(eol);
  });
