// The diff as Markdown for a pull-request comment or an e-mail: a pure function from a Diff to text. Word changes are
// ~~struck~~ and **bold**; every piece of document text is escaped so it cannot become markup.
import { showSpace } from './diff-text.js';
import type { Diff, ItemChange, MeetingChange, SectionChange, WordChange } from '../model/diff.js';
import { FIELD_LABEL, clip, itemNumberLabel, runStartingAt, runText, sectionLabel, summaryText, trimContext } from './diff-phrases.js';

/** Escapes Markdown and HTML specials; line breaks become spaces (a list item stays one paragraph). */
export function escapeMarkdown(s: string): string {
  return s.replace(/\s*\n\s*/gu, ' ').replace(/[\\`*_{}[\]#|~<>&]/gu, (ch) => (ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : ch === '&' ? '&amp;' : `\\${ch}`));
}

function wrap(text: string, mark: string): string {
  // Markdown emphasis may not start or end with white space: keep it outside the markers.
  const m = /^(\s*)([\s\S]*?)(\s*)$/u.exec(text)!;
  return m[2] ? `${m[1]}${mark}${escapeMarkdown(m[2])}${mark}${m[3]}` : text;
}

function words(ws: readonly WordChange[]): string {
  const runs = trimContext(ws);
  return runs
    .map((w, k) => {
      if (w.op === 'equal') return escapeMarkdown(w.text);
      const gap = w.op === 'added' && runs[k - 1]?.op === 'removed' ? ' ' : ''; // "~~old~~ **new**", not glued
      return gap + wrap(showSpace(w.text), w.op === 'removed' ? '~~' : '**');
    })
    .join('')
    .replace(/\s*\n\s*/gu, ' ');
}

const show = (v: MeetingChange['before']) => (v === null ? '—' : Array.isArray(v) ? escapeMarkdown(v.join(', ')) || '—' : escapeMarkdown(v));

function meetingRow(m: MeetingChange): string {
  if (m.added || m.removed) {
    const parts = [...(m.removed ?? []).map((n) => `~~${escapeMarkdown(n)}~~`), ...(m.added ?? []).map((n) => `**${escapeMarkdown(n)}**`)];
    return `| ${FIELD_LABEL[m.field]} | ${parts.join(', ')} |`;
  }
  return `| ${FIELD_LABEL[m.field]} | ~~${show(m.before)}~~ → **${show(m.after)}** |`;
}

function sectionLine(s: SectionChange): string {
  const label = sectionLabel(s.kind, s.heading) + (s.headingBefore !== undefined ? ` (heading renamed from ~~${escapeMarkdown(s.headingBefore)}~~)` : '');
  if (s.change === 'modified') return s.words.length === 0 ? `  - ${label}` : `  - ${label}: ${words(s.words)}`;
  const text = clip(s.after ?? s.before ?? '');
  return `  - ${label} ${s.change}${text ? `: ${wrap(text, s.change === 'added' ? '**' : '~~')}` : ''}`;
}

function itemLines(diff: Diff, it: ItemChange): string[] {
  const ref = (it.after ?? it.before)!;
  const title = escapeMarkdown(ref.title ?? '(untitled)');
  const out: string[] = [];
  if (it.change === 'added') out.push(`- **Added** ${itemNumberLabel(it)}: ${title}`);
  else if (it.change === 'removed') out.push(`- **Removed** ${itemNumberLabel(it)}: ${title}`);
  else if (it.change === 'modified') {
    const notes = [it.retitled ? 'retitled' : '', it.closed ? (it.closed.after ? 'now closed' : 'now open') : '', it.moved ? 'moved' : ''].filter(Boolean).join(', ');
    out.push(`- **Modified** ${itemNumberLabel(it)}: ${it.retitled ? words(it.titleWords) : title}${notes ? ` (${notes})` : ''}`);
    for (const s of it.sections) out.push(sectionLine(s));
  } else if (it.moved) out.push(`- **Moved** ${itemNumberLabel(it)}: ${title}`);
  const run = it.renumbered ? runStartingAt(diff, it) : undefined;
  // A run of one is already said by "item 4 → 5" on a moved item's line.
  if (run && ((it.change === 'renumbered' && !it.moved) || run.count > 1)) out.push(`- ${runText(run).replace(/^i/u, 'I')}`);
  return out;
}

export function renderDiffMarkdown(diff: Diff): string {
  const out: string[] = ['### referat diff', '', `\`${diff.sources.before}\` → \`${diff.sources.after}\``, '', `**${summaryText(diff)}**`];
  if (diff.meeting.length) out.push('', '#### Meeting', '', '| field | change |', '| --- | --- |', ...diff.meeting.map(meetingRow));
  if (diff.items.length) {
    out.push('', '#### Items', '');
    for (const it of diff.items) out.push(...itemLines(diff, it));
  }
  return out.join('\n') + '\n';
}
