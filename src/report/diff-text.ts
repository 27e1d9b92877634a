// The human diff report: a pure function from a Diff to text. Colour comes in as a chalk instance chosen by the CLI
// (level 0 when not a TTY); without colour, word changes are marked [-removed-]{+added+} as in `git diff --word-diff`.
import type { ChalkInstance } from 'chalk';
import type { Diff, ItemChange, MeetingChange, SectionChange, WordChange } from '../model/diff.js';
import { FIELD_LABEL, clip, itemNumberLabel, runStartingAt, runText, sectionLabel, summaryText, trimContext } from './diff-phrases.js';

const show = (v: MeetingChange['before']) => (v === null ? '(none)' : Array.isArray(v) ? v.join(', ') || '(none)' : v);

/** Changed white space made visible (only --whitespace diffs contain it): NBSP as ⍽, tab as →. */
export const showSpace = (s: string) => s.replace(/\u00a0/gu, '⍽').replace(/\t/gu, '→');

function words(c: ChalkInstance, ws: readonly WordChange[]): string {
  const plain = c.level === 0;
  const runs = trimContext(ws);
  return runs
    .map((w, k) => {
      if (w.op === 'equal') return w.text;
      if (w.op === 'removed') return plain ? `[-${showSpace(w.text)}-]` : c.red.strikethrough(showSpace(w.text));
      const gap = !plain && runs[k - 1]?.op === 'removed' ? ' ' : ''; // struck and new words must not run together
      return plain ? `{+${showSpace(w.text)}+}` : gap + c.green(showSpace(w.text));
    })
    .join('');
}

const indent = (s: string, pad: string) => s.split('\n').map((l) => (l ? pad + l : l)).join('\n');

function meetingLine(c: ChalkInstance, m: MeetingChange): string {
  const label = FIELD_LABEL[m.field] ?? m.field;
  if (m.added || m.removed) {
    const parts = [...(m.removed ?? []).map((n) => c.red(`−${n}`)), ...(m.added ?? []).map((n) => c.green(`+${n}`))];
    return `  ${label}: ${parts.join(', ')}`;
  }
  return `  ${label}: ${c.red(show(m.before))} → ${c.green(show(m.after))}`;
}

function sectionBlock(c: ChalkInstance, s: SectionChange): string {
  if (s.headingBefore !== undefined && s.words.length === 0) return `      ${sectionLabel(s.kind, s.heading)}: heading renamed from ${c.red(s.headingBefore)}`;
  const renamed = s.headingBefore !== undefined ? ` (heading renamed from ${c.red(s.headingBefore)})` : '';
  const head = `      ${sectionLabel(s.kind, s.heading)} ${s.change}${renamed}:`;
  if (s.change === 'modified') return `${head}\n${indent(words(c, s.words), '        ')}`;
  const text = clip(s.after ?? s.before ?? '');
  if (!text) return head;
  return `${head}\n${indent(s.change === 'added' ? c.green(text) : c.red(text), '        ')}`;
}

function itemBlock(c: ChalkInstance, diff: Diff, it: ItemChange): string[] {
  const out: string[] = [];
  const ref = (it.after ?? it.before)!;
  const title = ref.title ?? '(untitled)';
  if (it.change === 'added') out.push(c.green(`  + ${itemNumberLabel(it)} added: ${title}`));
  else if (it.change === 'removed') out.push(c.red(`  − ${itemNumberLabel(it)} removed: ${title}`));
  else if (it.change === 'modified') {
    const notes = [it.retitled ? 'retitled' : '', it.closed ? (it.closed.after ? 'now closed' : 'now open') : '', it.moved ? 'moved' : ''].filter(Boolean).join(', ');
    const shown = it.retitled ? words(c, it.titleWords) : title;
    out.push(c.yellow(`  ~ ${itemNumberLabel(it)}`) + `: ${shown}${notes ? c.dim(` (${notes})`) : ''}`);
    for (const s of it.sections) out.push(sectionBlock(c, s));
  } else out.push(c.cyan(`  ↕ ${itemNumberLabel(it)}: ${title}`) + c.dim(it.moved ? ' (moved)' : ' (renumbered)'));
  if (it.renumbered) {
    // A run of one is already said by "item 2 → 1" above.
    const run = runStartingAt(diff, it);
    if (run && run.count > 1) out.push(c.cyan(`  # ${runText(run)}`));
  }
  return out;
}

export function renderDiffText(diff: Diff, colour: ChalkInstance): string {
  const c = colour;
  const out: string[] = [c.bold(`--- ${diff.sources.before}`), c.bold(`+++ ${diff.sources.after}`)];
  if (diff.identical) return [...out, '', summaryText(diff), ''].join('\n');
  if (diff.meeting.length) {
    out.push('', c.bold('Meeting'));
    for (const m of diff.meeting) out.push(meetingLine(c, m));
  }
  if (diff.items.length) {
    out.push('', c.bold('Items'));
    for (const it of diff.items) {
      if (it.change === 'renumbered' && !it.moved) {
        const run = runStartingAt(diff, it);
        if (run) out.push(c.cyan(`  # ${runText(run)}`));
        continue;
      }
      out.push(...itemBlock(c, diff, it));
    }
  }
  out.push('', summaryText(diff), '');
  return out.join('\n');
}
