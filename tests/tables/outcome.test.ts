// Decision outcomes: every pattern on its own real sentence, negations, and every decision in the seeds.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Outcome } from '../../src/model/meeting.js';
import { OUTCOME_PATTERNS, classifyOutcomes } from '../../src/tables/outcome.js';
import { meetingOf, seed } from '../helpers/fixtures.js';

describe('each pattern on the sentence it is for', () => {
  it.each(OUTCOME_PATTERNS.map(([o, , example]) => [o, example] as const))('%s: %s', (outcome, example) => {
    expect(classifyOutcomes(example).outcomes).toContain(outcome);
  });
});

describe("a member's dissent is not the committee's rejection", () => {
  it.each([
    ['Godkendt.\nTina Hald (SF) kan ikke tiltræde indstillingen.', ['approved']],
    ['Anbefales over for Byrådet. Susanne Møller (EL) kunne ikke anbefale.', ['approved']],
    ['Indstillingen blev ikke godkendt.', ['rejected']],
  ])('%s → %j', (text, outcomes) => {
    expect(classifyOutcomes(text).outcomes).toEqual(outcomes);
  });
});

describe('short forms and refusals', () => {
  it.each([
    ['Indstillingen blev ikke god-\nkendt.', ['rejected']],
    ['Taget til efter-\nretning.', ['noted']],
    ['Syd- og Sønderjylland - godkendt.', ['approved']],
    ['Udvalget besluttede, at indstillingen ikke kan godkendes.', ['approved', 'rejected']],
    ['Udsat.', ['postponed']],
    ['Udsat til næste møde.', ['postponed']],
    ['Godkendt. Udsat til næste møde for så vidt angår budgettet.', ['approved', 'postponed']],
    ['Ansøgningen afslås.', ['rejected']],
    ['Afslag.', ['rejected']],
    ['Bestyrelsen besluttede ikke at gå videre med sagen.', ['rejected']],
    ['Indstillingen blev fulgt.', ['approved']],
    ['Indstillingen følges.', ['approved']],
    // Not an outcome: exposed to, vulnerable; another body that followed a recommendation.
    ['Området er udsat for oversvømmelse.', ['other']],
    ['Tilbud til udsatte unge blev drøftet.', ['discussed']],
    ['K22 fulgte indstillingen fra Socialdirektørforum.', ['other']],
  ])('%s → %j', (text, outcomes) => {
    expect(classifyOutcomes(text).outcomes).toEqual(outcomes);
  });
});

describe('approvals in the past tense', () => {
  it.each([['Udvalget bevilgede 2,5 mio. kr. som indstillet.'], ['Beløbet blev bevilget.']])('%s → approved', (text) => {
    expect(classifyOutcomes(text).outcomes).toEqual(['approved']);
  });
});

describe('negations and false friends', () => {
  it.each([
    ['Mødeplanen blev ikke godkendt.', ['rejected']],
    ['Udvalget godkendte ikke ansøgningen.', ['rejected']],
    ['Forslaget kunne ikke anbefales af et flertal.', ['rejected']],
    ['Ansøgningen blev afvist.', ['rejected']],
    ['Sagen blev sendt tilbage til Teknik- og Miljøudvalget.', ['postponed']],
    ['Anbefales ikke.', ['rejected']],
    ['Indstillingen kunne ikke tiltrædes.', ['rejected']],
    ['Forslaget faldt med 4 stemmer imod 3.', ['rejected']],
    ['Forslaget blev nedstemt.', ['rejected']],
    ['Valgt: Hans Hansen.', ['appointed']],
    ['Sagen blev drøftet. Forslaget blev ikke vedtaget, og sagen udsættes.', ['discussed', 'rejected', 'postponed']],
    ['Tilbuddet er for sårbare og udsatte unge.', ['other']],
    ['Kommunerne var enige om, at kommunikation er vigtig.', ['other']],
    ['De handlinger der er anbefalet i afrapporteringen.', ['other']],
  ])('%s → %j', (text, outcomes) => {
    expect(classifyOutcomes(text).outcomes).toEqual(outcomes);
    expect(classifyOutcomes(text).outcomes).not.toContain('approved');
  });
  it('gives null and no outcomes without a decision, and other for an empty one', () => {
    expect(classifyOutcomes(null)).toEqual({ outcome: null, outcomes: [] });
    expect(classifyOutcomes('')).toEqual({ outcome: null, outcomes: [] });
  });
  it('picks the decisive outcome as the main one', () => {
    expect(classifyOutcomes('Sagen blev drøftet. Punktet genoptages. Takststigningen blev godkendt')).toEqual({
      outcome: 'postponed',
      outcomes: ['discussed', 'postponed', 'approved'],
    });
  });
});

/** Every decision in the seeds, read by a person: what the text states, in order. */
const SEED_OUTCOMES: Record<string, Record<string, string[]>> = {
  '000': { 1: ['discussed'], 2: ['approved'], 3: ['discussed', 'approved'], 4: ['approved', 'discussed', 'noted'], 5: ['discussed'], 6: ['discussed', 'approved'], 7: ['approved'], 8: ['noted'] },
  '002': { 1: ['approved'], 2: ['discussed'], 3: ['approved'], 4: ['approved', 'discussed'], 5: ['approved', 'discussed'], 6: ['discussed'], 7: ['noted'], 8: ['noted'], 9: ['other'] },
  '003': { 1: ['approved'], 2: ['approved'], 3: ['approved'], 4: ['approved', 'discussed'], 5: ['approved', 'discussed'], 6: ['noted'], 7: ['noted'], 8: ['noted', 'discussed'], 9: ['other'], 10: ['other'] },
  '004': { 1: ['approved'], 2: ['discussed'], 3: ['discussed'], 4: ['discussed'], 5: ['discussed', 'postponed', 'approved'], 6: ['approved'], 7: ['approved'], 8: ['approved'], 9: ['approved'], 10: ['discussed'], 11: ['appointed'], 12: ['approved'], 13: ['noted', 'discussed'], 14: ['noted'] },
};

describe.each(Object.entries(SEED_OUTCOMES))('seed %s', (prefix, expected) => {
  const m = meetingOf(seed(prefix));
  it('gives every decision its outcomes, and no outcome where there is no decision', () => {
    const got = Object.fromEntries(m.items.filter((i) => i.decision !== null).map((i) => [i.number, i.outcomes]));
    expect(got).toEqual(expected);
    for (const it of m.items.filter((i) => i.decision === null)) expect(it).toMatchObject({ outcome: null, outcomes: [] });
  });
});

/** The plain way: every pattern over the whole folded text (words hyphenated at a line end joined), overlaps to the pattern listed first. */
function reference(decision: string): Outcome[] {
  const text = decision.replace(/([a-zæøå])-\n[ \t]*([a-zæøå])/gu, '$1$2').replace(/\s+/gu, ' ').trim();
  const spans: Array<{ at: number; end: number; outcome: Outcome }> = [];
  for (const [outcome, re] of OUTCOME_PATTERNS) {
    for (const m of text.matchAll(new RegExp(re.source, re.flags))) {
      const at = m.index, end = m.index + m[0].length;
      if (!spans.some((s) => s.at < end && at < s.end)) spans.push({ at, end, outcome });
    }
  }
  const outcomes = [...new Set(spans.sort((a, b) => a.at - b.at).map((s) => s.outcome))];
  return text === '' ? [] : outcomes.length === 0 ? ['other'] : outcomes;
}

describe('trigger words', () => {
  it('find what running every pattern finds', () => {
    const words = OUTCOME_PATTERNS.flatMap(([, re]) => re.source.match(/[a-zæøå]{2,}/g) ?? []);
    const token = fc.oneof(
      fc.constantFrom(...words).chain((w) => fc.constantFrom(w, w.toUpperCase(), w.replace(/k/g, '\u212A'), w.replace(/i/g, 'İ'))),
      fc.constantFrom(' ', ' ', '  ', '\n', '\t', '-', '.', ',', 'Ø', 'å', 'Ÿ', 'x'),
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 60 }), (tokens) => {
        const text = tokens.join('');
        expect(classifyOutcomes(text).outcomes).toEqual(reference(text));
      }),
      { numRuns: 3000 },
    );
  });
});
