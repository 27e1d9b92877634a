// The public library API is a contract: this list changes only on purpose (and in the CHANGELOG).
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

describe('public API', () => {
  it('exports the documented names', () => {
    const names = Object.keys(api).sort();
    for (const name of ['parseMinutes', 'parseSource', 'lineNodes', 'accountingErrors', 'decodeSource', 'detectEncoding', 'FORMATS', 'FORMAT_IDS', 'detectFormat', 'classifyOutcomes', 'Meeting', 'AgendaItem', 'Section', 'SCHEMA_VERSION', 'Failure']) {
      expect(names).toContain(name);
    }
  });
  it('parses text without touching the file system', () => {
    const r = api.parseMinutes('Referat\n\n1. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n', { path: 'x.txt' });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.meeting.items[0]).toMatchObject({ number: '1', title: 'Godkendelse af dagsorden', decision: 'Godkendt.', outcome: 'approved' });
  });
});
