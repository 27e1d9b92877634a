// The public library API is a contract: this list changes only on purpose (and in the CHANGELOG).
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

describe('public API', () => {
  it('exports the documented names', () => {
    const names = Object.keys(api).sort();
    for (const name of ['parseMinutes', 'parseSource', 'lineNodes', 'accountingErrors', 'decodeSource', 'detectEncoding', 'FORMATS', 'FORMAT_IDS', 'detectFormat', 'makeDoc', 'classifyOutcomes', 'Meeting', 'AgendaItem', 'Section', 'SCHEMA_VERSION', 'Failure']) {
      expect(names).toContain(name);
    }
  });
  it('detects the format of a decoded source, as the README shows', () => {
    const d = api.decodeSource(Buffer.from('UDVALG\n\nX\n\nMØDE\n\nY\n\nSTED\n\nZ\n\nPUNKTER\n\n1. A\n'), 'x.txt');
    if (!d.ok) throw new Error(d.message);
    const choice = api.detectFormat(api.makeDoc(d.source.lines, d.source.text));
    expect(choice.format?.id).toBe('header-block');
  });
  it('the CLI help lists every format family', async () => {
    const { FORMAT_HINT_HELP } = await import('../src/cli/main.js');
    expect(FORMAT_HINT_HELP).toBe(api.FORMAT_IDS.join(', '));
  });
  it('parses text without touching the file system', () => {
    const r = api.parseMinutes('Referat\n\n1. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n', { path: 'x.txt' });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.meeting.items[0]).toMatchObject({ number: '1', title: 'Godkendelse af dagsorden', decision: 'Godkendt.', outcome: 'approved' });
  });
});
