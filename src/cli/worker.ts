// Worker-thread entry for folder runs: reads and parses the files the pool sends, and answers with the result — or,
// when the command only needs JSON text, with the serialised Meeting so the main thread just writes it; for validate,
// with the file's lint report (the Meeting itself does not travel back).
import { parentPort } from 'node:worker_threads';
import { type PoolRequest, type PoolResponse, serialise, transferList } from './pool-protocol.js';
import { loadInput, parseInput } from './files.js';

const port = parentPort;
if (port) {
  port.on('message', (req: PoolRequest) => {
    void (async () => {
      let res: PoolResponse;
      try {
        const input = { kind: 'file' as const, path: req.path, rel: req.rel };
        if (req.lint) {
          const { lintInput } = await import('./lint-input.js');
          const { result, lines } = await loadInput(input, { formatHint: req.formatHint });
          res = { id: req.id, result: result.ok ? { ok: true } : result, report: lintInput(input, result, lines, req.lint) };
        } else {
          res = serialise(req.id, await parseInput(input, { formatHint: req.formatHint }), req.encode);
        }
      } catch (e) {
        res = { id: req.id, result: { ok: false, failure: { path: req.path, code: 'internal', message: `internal error while parsing: ${(e as Error).message} (please report it with the file)` } } };
      }
      port.postMessage(res, transferList(res));
    })();
  });
}
