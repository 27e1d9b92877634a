// parseMinutes: bytes or text → a Meeting, or a typed failure (binary, empty, not minutes). Never throws on input.
import type { Meeting } from '../model/meeting.js';
import { SCHEMA_VERSION } from '../model/version.js';
import type { ParseResult } from '../model/result.js';
import { type SourceText, decodeSource, sourceFromString } from '../io/decode.js';
import { detectFormat } from '../formats/index.js';
import { NOT_MINUTES_REASON } from '../formats/generic.js';
import { makeDoc } from './doc.js';

export interface ParseOptions {
  /** The path to report (relative); defaults to '<input>'. */
  path?: string;
  /** Force a format family by id ('header-block', 'punkt', 'generic') instead of detecting it. */
  formatHint?: string;
}

/** Parses exported minutes or an agenda. `input` is raw bytes (encoding detected) or already-decoded text. */
export function parseMinutes(input: string | Uint8Array, options: ParseOptions = {}): ParseResult {
  const path = options.path ?? '<input>';
  let source: SourceText;
  if (typeof input === 'string') source = sourceFromString(input, path);
  else {
    const dec = decodeSource(input, path);
    if (!dec.ok) {
      return {
        ok: false,
        failure: { path, code: 'binary', message: dec.message },
      };
    }
    source = dec.source;
  }
  return parseSource(source, options);
}

/** Parses an already-decoded source. */
export function parseSource(source: SourceText, options: ParseOptions = {}): ParseResult {
  const path = source.path;
  const doc = makeDoc(source.lines, source.text);
  if (doc.blank.every(Boolean)) {
    return { ok: false, failure: { path, code: 'empty', message: 'the file is empty or holds only white space' } };
  }
  const choice = detectFormat(doc, options.formatHint);
  if (!choice.format) {
    const why = choice.detection.reasons.find((r) => r.startsWith(NOT_MINUTES_REASON));
    return {
      ok: false,
      failure: {
        path,
        code: 'not-minutes',
        message: why
          ? `not recognised as minutes or an agenda: ${why.slice(NOT_MINUTES_REASON.length)}`
          : 'not recognised as minutes or an agenda: no agenda items and no section headings such as Beslutning, Indstilling or Sagsfremstilling',
      },
    };
  }
  const body = choice.format.parse(doc);
  if (body.items.length === 0) {
    return {
      ok: false,
      failure: {
        path,
        code: 'not-minutes',
        message: `not recognised as minutes or an agenda: looks like the ${choice.format.id} format (${choice.detection.reasons.slice(0, 3).join(', ') || 'weak evidence'}) but no agenda items were found`,
      },
    };
  }
  const meeting: Meeting = {
    schemaVersion: SCHEMA_VERSION,
    source: {
      path,
      encoding: source.encoding,
      bom: source.bom,
      lineEnding: source.lineEnding,
      format: choice.format.id,
      lineCount: source.lines.length,
    },
    ...body,
  };
  return { ok: true, meeting };
}
