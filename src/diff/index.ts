// diffMeetings: two Meetings → a Diff (the JSON shape in src/model/diff.ts). Items are paired by content (match.ts),
// compared section by section with word diffs (compare.ts), and listed only when they differ. Pure: no I/O.
import { canonicalNumber } from '../parse/numbers.js';
import { DIFF_SCHEMA_VERSION, type Diff, type ItemChange, type ItemRef, type RenumberRun } from '../model/diff.js';
import type { AgendaItem, Meeting } from '../model/meeting.js';
import { compareItems, compareMeetings } from './compare.js';
import { matchItems } from './match.js';

export { matchItems, type Matching, type Pair, type MatchedBy } from './match.js';
export { normaliseText, sameText, wordDiff } from './words.js';

export interface DiffOptions {
  /** Count white-space-only differences (runs of spaces, line breaks) as changes. Default false. */
  whitespace?: boolean;
}

function ref(item: AgendaItem): ItemRef {
  return { number: item.number, title: item.title, line: item.line };
}

const INTEGER = /^\d{1,9}$/u;

/** Groups items whose numbers shifted into runs of consecutive numbers moved by the same amount. */
export function renumberRuns(items: readonly ItemChange[]): RenumberRun[] {
  const runs: RenumberRun[] = [];
  let last: { b: number; a: number } | null = null;
  for (const it of items) {
    if (!it.renumbered || !it.before || !it.after) {
      if (it.change === 'added' || it.change === 'removed') continue; // an insertion does not break a run of shifts
      last = null;
      continue;
    }
    const bn = it.before.number ?? '';
    const an = it.after.number ?? '';
    const run = runs[runs.length - 1];
    if (INTEGER.test(bn) && INTEGER.test(an) && last && run && Number(bn) === last.b + 1 && Number(an) === last.a + 1) {
      run.before.last = bn;
      run.after.last = an;
      run.count++;
    } else runs.push({ before: { first: bn, last: bn }, after: { first: an, last: an }, count: 1 });
    last = INTEGER.test(bn) && INTEGER.test(an) ? { b: Number(bn), a: Number(an) } : null;
  }
  return runs;
}

export function diffMeetings(before: Meeting, after: Meeting, options: DiffOptions = {}): Diff {
  const whitespace = options.whitespace ?? false;
  const m = matchItems(before.items, after.items);
  const keyed: { key: number; change: ItemChange }[] = [];

  // Where each before item sits in the after order: removed items are listed right after their predecessor's partner.
  const afterOfBefore = new Map(m.pairs.map((p) => [p.before, p.after]));
  for (const p of m.pairs) {
    const b = before.items[p.before]!;
    const a = after.items[p.after]!;
    const cmp = compareItems(b, a, whitespace);
    const renumbered = (b.number === null ? null : canonicalNumber(b.number)) !== (a.number === null ? null : canonicalNumber(a.number));
    const modified = cmp.retitled || cmp.closed !== null || cmp.sections.length > 0;
    // An item that only changed place (moved without renumbering) is a difference too: the order is the agenda's.
    if (!modified && !renumbered && !p.moved) continue;
    keyed.push({
      key: p.after,
      change: {
        change: modified ? 'modified' : renumbered ? 'renumbered' : 'moved',
        before: ref(b),
        after: ref(a),
        retitled: cmp.retitled,
        renumbered,
        moved: p.moved,
        titleWords: cmp.titleWords,
        closed: cmp.closed,
        matchedBy: p.matchedBy,
        sections: cmp.sections,
      },
    });
  }
  for (const j of m.added) {
    keyed.push({
      key: j,
      change: { change: 'added', before: null, after: ref(after.items[j]!), retitled: false, renumbered: false, moved: false, titleWords: [], closed: null, matchedBy: null, sections: sectionsOf(after.items[j]!, 'added') },
    });
  }
  for (const i of m.removed) {
    let anchor = -1;
    for (let k = i - 1; k >= 0; k--) {
      const a = afterOfBefore.get(k);
      if (a !== undefined) {
        anchor = a;
        break;
      }
    }
    keyed.push({
      key: anchor + 0.5 + i / (before.items.length + 1) / 2,
      change: { change: 'removed', before: ref(before.items[i]!), after: null, retitled: false, renumbered: false, moved: false, titleWords: [], closed: null, matchedBy: null, sections: sectionsOf(before.items[i]!, 'removed') },
    });
  }
  keyed.sort((x, y) => x.key - y.key);
  const items = keyed.map((k) => k.change);
  const meeting = compareMeetings(before, after, whitespace);
  const count = (c: ItemChange['change']) => items.filter((i) => i.change === c).length;
  return {
    diffSchemaVersion: DIFF_SCHEMA_VERSION,
    identical: meeting.length === 0 && items.length === 0,
    sources: { before: before.source.path, after: after.source.path },
    whitespace,
    meeting,
    items,
    summary: {
      added: count('added'),
      removed: count('removed'),
      modified: count('modified'),
      renumbered: count('renumbered'),
      moved: count('moved'),
      meeting: meeting.length,
      renumberRuns: renumberRuns(items),
    },
  };
}

/** An added or removed item's sections, whole, so the JSON carries what was added or removed. */
function sectionsOf(item: AgendaItem, change: 'added' | 'removed'): ItemChange['sections'] {
  return item.sections
    .filter((s) => s.text !== '' || s.heading !== null)
    .map((s) => ({
      kind: s.kind,
      heading: s.heading,
      change,
      before: change === 'removed' ? s.text : null,
      after: change === 'added' ? s.text : null,
      words: s.text ? [{ op: change, text: s.text }] : [],
    }));
}
