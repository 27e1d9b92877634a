// Renderer details that the goldens do not pin down: Markdown escaping of document text, context trimming.
import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../src/report/diff-markdown.js';
import { trimContext } from '../../src/report/diff-phrases.js';
import { renderDiffMarkdown } from '../../src/report/diff-markdown.js';
import { diffMeetings } from '../../src/diff/index.js';
import type { Meeting } from '../../src/model/meeting.js';
import { meetingOf, seed } from '../helpers/fixtures.js';

describe('Markdown', () => {
  it('escapes text so a title cannot become markup or HTML', () => {
    expect(escapeMarkdown('a | b *c* _d_ <script> `e` [f](g) ~~h~~')).toBe('a \\| b \\*c\\* \\_d\\_ &lt;script&gt; \\`e\\` \\[f\\](g) \\~\\~h\\~\\~');
    expect(escapeMarkdown('one\n\ntwo')).toBe('one two');
  });
  it('a retitled item with markup characters renders escaped inside its markers', () => {
    const before = meetingOf(seed('000'));
    const after: Meeting = structuredClone(before);
    after.items[8]!.title = 'Eventuelt | *nyt*';
    const md = renderDiffMarkdown(diffMeetings(before, after));
    expect(md).toContain('- **Modified** item 9: Eventuelt **\\| \\*nyt\\*** (retitled)');
  });
});

describe('trimContext', () => {
  it('keeps eight words of context around a change', () => {
    const long = Array.from({ length: 30 }, (_, k) => `w${k}`).join(' ');
    const out = trimContext([{ op: 'equal', text: long + ' ' }, { op: 'added', text: 'NY' }, { op: 'equal', text: ' ' + long }]);
    expect(out[0]!.text).toBe('…w22 w23 w24 w25 w26 w27 w28 w29 ');
    expect(out[1]!.text).toBe('NY');
    expect(out[2]!.text).toBe(' w0 w1 w2 w3 w4 w5 w6 w7…');
  });
});
