// Line accounting: every source line belongs to exactly one node. Used by tests on every fixture and by the
// property tests; exported so library users can map a line back to the node that holds it.
import type { Meeting } from '../model/meeting.js';

export interface LineNode {
  kind: 'header' | 'toc' | 'title' | 'section' | 'unassigned';
  line: number;
  endLine: number;
  /** Index of the item for title and section nodes. */
  item?: number;
}

/** The nodes that partition the file's lines, in line order. */
export function lineNodes(m: Meeting): LineNode[] {
  const nodes: LineNode[] = [];
  if (m.headerBlock) nodes.push({ kind: 'header', ...m.headerBlock });
  if (m.tocBlock) nodes.push({ kind: 'toc', line: m.tocBlock.line, endLine: m.tocBlock.endLine });
  m.items.forEach((it, k) => {
    for (const t of it.titleLines) nodes.push({ kind: 'title', line: t.line, endLine: t.endLine, item: k });
    for (const s of it.sections) nodes.push({ kind: 'section', line: s.line, endLine: s.endLine, item: k });
  });
  for (const u of m.unassigned) nodes.push({ kind: 'unassigned', line: u.line, endLine: u.endLine });
  return nodes.sort((a, b) => a.line - b.line);
}

/** Problems with the partition: gaps, overlaps, spans outside the file, items whose span is not tiled. Empty = sound. */
export function accountingErrors(m: Meeting): string[] {
  const errors: string[] = [];
  const nodes = lineNodes(m);
  let next = 1;
  for (const n of nodes) {
    if (n.endLine < n.line) errors.push(`${n.kind} ${n.line}-${n.endLine}: ends before it starts`);
    if (n.line > next) errors.push(`lines ${next}-${n.line - 1} belong to no node`);
    if (n.line < next) errors.push(`${n.kind} ${n.line}-${n.endLine} overlaps the node before it`);
    next = Math.max(next, n.endLine + 1);
  }
  if (next !== m.source.lineCount + 1) {
    if (next <= m.source.lineCount) errors.push(`lines ${next}-${m.source.lineCount} belong to no node`);
    else errors.push(`nodes reach line ${next - 1} but the file has ${m.source.lineCount} lines`);
  }
  m.items.forEach((it, k) => {
    const spans = [...it.titleLines, ...it.sections].sort((a, b) => a.line - b.line);
    if (spans[0]?.line !== it.line) errors.push(`item ${k + 1} starts at ${it.line} but its first node at ${spans[0]?.line}`);
    if (spans[spans.length - 1]?.endLine !== it.endLine) errors.push(`item ${k + 1} ends at ${it.endLine} but its last node at ${spans[spans.length - 1]?.endLine}`);
  });
  return errors;
}
