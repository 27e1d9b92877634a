// Adversarial inputs against the built library: long runs of digits, dots, spaces, NBSP, `Punkt`, numbering and
// heading words, one enormous line, and a large file. For each input the parse time is measured at sizes n, 4n, 16n
// and the growth must stay near-linear: time(16n)/time(n) at most 48 (linear is 16, quadratic 256; the slack absorbs
// garbage collection and JIT noise), within a generous wall-clock budget. Run after `npm run build`:   node bench/adversarial.mjs [--quick] [--json]
// The benchmark can import { runAdversarial } and fold the result into its report. Exit code 1 when a case fails.
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import path from 'node:path';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

/** name → (bytes) → text of about that many characters. */
const CASES = {
  'digits (one line)': (n) => '1'.repeat(n),
  'dots (one line)': (n) => '.'.repeat(n),
  'spaces then x (one line)': (n) => ' '.repeat(n) + 'x',
  'NBSP and spaces (one line)': (n) => '\u00a0 '.repeat(n / 2) + 'Beslutning',
  'dot leader without page': (n) => 'Punkt 1. Titel ' + '.'.repeat(n) + ' x',
  'digits and dots (one line)': (n) => '1.'.repeat(n / 2),
  'Punkt repeated (one line)': (n) => 'Punkt '.repeat(n / 6),
  'Punkt N. lines': (n) => Array.from({ length: n / 12 }, (_, i) => `Punkt ${i + 1}.`).join('\n'),
  'numbered lines': (n) => Array.from({ length: n / 16 }, (_, i) => `${i + 1}. Punkt ${i}`).join('\n'),
  'heading words': (n) => Array.from({ length: n / 11 }, () => 'Beslutning').join('\n'),
  'TOC dot leaders': (n) => 'Indhold\n' + Array.from({ length: n / 40 }, (_, i) => `${i + 1}. Titel ${'.'.repeat(20)} ${i + 2}`).join('\n'),
  'blank lines': (n) => '\n'.repeat(n),
  'dates and times': (n) => Array.from({ length: n / 30 }, () => 'Mandag den 3. maj 2021 kl. 16').join('\n'),
  // Minutes (a header and a decision heading, so the item finders run) around the constructs of the numbering fallbacks.
  'roman-numbered titles': (n) => MINUTES + Array.from({ length: n / 30 }, (_, i) => `${['I', 'II', 'III', 'IV', 'V'][i % 5]}. Titel ${i}\nBeslutning: Ja.`).join('\n\n'),
  'one-entry contents, again and again': (n) => MINUTES + Array.from({ length: n / 40 }, (_, i) => `Dagsorden\n${i + 1}. Titel nr ${i}\nBeslutning\nJa.`).join('\n\n'),
  'quoted committee decisions': (n) => MINUTES + '1. Titel\n\nSagsfremstilling\n' + Array.from({ length: n / 40 }, () => 'Udvalgets beslutning: Godkendt i går.').join('\n'),
  '§ and dash items': (n) => MINUTES + Array.from({ length: n / 40 }, (_, i) => `${i % 2 ? `§ ${i}.` : `${i} -`} Titel ${i}\n\nBeslutning\nJa.`).join('\n\n'),
  'numbered lines counting down': (n) => MINUTES + Array.from({ length: n / 24 }, (_, i) => `${n - i}. Titel ${i}\nBeslutning`).join('\n\n'),
  // Items written two ways (`Punkt 2.` and `Punkt 3 x`), each looking ahead for the next one written as the items are.
  'items punctuated two ways': (n) => MINUTES + 'Punkt 1. A\nBeslutning\n\nPunkt 2. B\nBeslutning\n\n' + Array.from({ length: n / 30 }, (_, i) => `Punkt ${i + 3} Titel\nBeslutning`).join('\n\n'),
  // A contents list whose entries each have indented lines under them, and entries wrapped over three lines.
  'contents with indented lines': (n) => 'Referat\n\nIndhold\n' + Array.from({ length: n / 60 }, (_, i) => `${i + 1}. Titel ${i} ved\n   a. underpunkt\n   fortsat tekst\n`).join(''),
  // Markdown headings over section headings, and numbers alone on lines over titles and `Åbent punkt`.
  'markdown and bare numbers': (n) => MINUTES + Array.from({ length: n / 60 }, (_, i) => `## Titel ${i}\n### Beslutning\n${i}\nTitel\nÅbent punkt`).join('\n'),
  // Items with a heading under every tenth only (the rest filled in by their numbers), and `§ N` items running on from
  // one with a heading: each gap and run looked up among all numbered lines.
  'items with few headings': (n) => MINUTES + Array.from({ length: n / 30 }, (_, i) => `${i + 1}) Titel ${i}\n${i % 10 ? 'Tekst.' : 'Beslutning: Ja.'}`).join('\n\n'),
  '§ items running on': (n) => MINUTES + Array.from({ length: n / 30 }, (_, i) => `§ ${i + 1} Titel ${i}\n${i % 50 ? `1) Liste ${i}` : 'Beslutning'}\nTekst.`).join('\n\n'),
  // A page laid out in two columns: label cells wrapped over lines beside text, a long run of label-only lines.
  'two-column labels': (n) => MINUTES + Array.from({ length: n / 60 }, (_, i) => `${i % 7 ? 'Udvalget' : 'Beslutning'}            Tekst ${i} her.`).join('\n'),
  // Prefixed case numbers through the year, comment anchors and markdown table rows on every line.
  'prefixed numbers, anchors, table rows': (n) => MINUTES + Array.from({ length: n / 50 }, (_, i) => (i % 3 === 0 ? `BR ${i + 1}/2024   Titel ${i}[JH${i % 9}]` : i % 3 === 1 ? `| Beslutning | Godkendt ${i} |` : `Beslutning: Ja [AB1] [CD2].`)).join('\n'),
  'real minutes repeated': null, // filled in from a seed below
};

const MINUTES = 'Referat\nMødedato: 3. maj 2021\n\n';

/** The fastest of a few runs: garbage collection and other noise only ever add time. */
const fastest = (xs) => Math.min(...xs);

export async function runAdversarial({ quick = false, large = false, base = quick ? 10_000 : 25_000, budgetMs = quick ? 20_000 : 60_000, maxRatio = 48 } = {}) {
  const { parseMinutes } = await import(pathToFileURL(path.join(ROOT, 'dist/lib/index.js')).href);
  const { readFileSync } = await import('node:fs');
  const seed = readFileSync(path.join(ROOT, 'fixtures/seeds/000_ca038bd155db9ea1.txt'), 'utf8');
  CASES['real minutes repeated'] = (n) => seed.repeat(Math.max(1, Math.round(n / seed.length)));
  const results = [];
  for (const [name, make] of Object.entries(CASES)) {
    const times = [];
    const started = performance.now();
    let outcome = '';
    for (const k of [1, 4, 16]) {
      const text = make(base * k);
      // Time per parse, from batches of at least 30 ms, fastest batch of a few: stable at every size.
      const perCall = [];
      for (let r = 0; r < (quick ? 2 : 3); r++) {
        globalThis.gc?.();
        let calls = 0;
        const t0 = performance.now();
        do {
          const res = parseMinutes(text, { path: 'adversarial.txt' });
          outcome = res.ok ? `${res.meeting.items.length} items` : res.failure.code;
          calls++;
        } while (performance.now() - t0 < 30);
        perCall.push((performance.now() - t0) / calls);
      }
      times.push(fastest(perCall));
    }
    const total = performance.now() - started;
    const ratio = times[2] / Math.max(times[0], 0.05);
    const ok = ratio <= maxRatio && total <= budgetMs;
    results.push({ name, ms: times.map((t) => Math.round(t * 100) / 100), ratio: Math.round(ratio * 10) / 10, totalMs: Math.round(total), outcome, ok });
  }
  return { base, maxRatio, budgetMs, ok: results.every((r) => r.ok), results, large: large ? await runLarge(parseMinutes, seed) : null };
}

/** The issue's sizes: a 50 MB file of real minutes and one 10 MB line, once each, with time and memory. */
async function runLarge(parseMinutes, seed) {
  const out = [];
  const cases = [
    ['50 MB of real minutes (bytes)', () => Buffer.from(seed.repeat(Math.ceil((50 * 1024 * 1024) / Buffer.byteLength(seed))))],
    ['one 10 MB line', () => Buffer.from('Punkt 1. '.repeat(Math.ceil((10 * 1024 * 1024) / 9)))],
  ];
  for (const [name, make] of cases) {
    const bytes = make();
    globalThis.gc?.();
    const rss0 = process.memoryUsage().rss;
    const t0 = performance.now();
    const res = parseMinutes(bytes, { path: 'large.txt' });
    const ms = performance.now() - t0;
    const rssMB = Math.round((process.memoryUsage().rss - rss0) / (1024 * 1024));
    const mb = Math.round(bytes.length / (1024 * 1024));
    out.push({ name, mb, ms: Math.round(ms), rssGrowthMB: rssMB, outcome: res.ok ? `${res.meeting.items.length} items` : res.failure.code, ok: ms < 120_000 });
  }
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const quick = process.argv.includes('--quick');
  const report = await runAdversarial({ quick, large: process.argv.includes('--large') });
  if (process.argv.includes('--json')) console.log(JSON.stringify(report, null, 2));
  else {
    console.log(`adversarial inputs, sizes ${report.base}, ${report.base * 4}, ${report.base * 16} chars; pass: time(16n)/time(n) <= ${report.maxRatio} and total <= ${report.budgetMs} ms`);
    for (const r of report.results) console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name.padEnd(28)} ${r.ms.map((t) => `${t} ms`).join(' / ').padEnd(30)} ×${r.ratio}  (${r.outcome})`);
    for (const r of report.large ?? []) console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name.padEnd(30)} ${r.mb} MB in ${r.ms} ms, RSS +${r.rssGrowthMB} MB  (${r.outcome})`);
  }
  process.exitCode = report.ok && (report.large ?? []).every((r) => r.ok) ? 0 : 1;
}
