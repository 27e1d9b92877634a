// Worker-thread entry for folder runs: reads and parses the files the pool sends, and answers with the result — or,
// when the command only needs JSON text, with the serialised Meeting so the main thread just writes it.
import { parentPort } from 'node:worker_threads';
import { type PoolRequest, type PoolResponse, serialise } from './pool-protocol.js';
import { parseInput } from './files.js';

const port = parentPort;
if (port) {
  port.on('message', (req: PoolRequest) => {
    void (async () => {
      let res: PoolResponse;
      try {
        const result = await parseInput({ kind: 'file', path: req.path, rel: req.rel }, { formatHint: req.formatHint });
        res = serialise(req.id, result, req.encode);
      } catch (e) {
        res = { id: req.id, result: { ok: false, failure: { path: req.path, code: 'internal', message: `internal error while parsing: ${(e as Error).message} (please report it with the file)` } } };
      }
      port.postMessage(res);
    })();
  });
}
