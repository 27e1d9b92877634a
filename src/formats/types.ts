// The face every export format shows: a detector that scores its evidence, and a parser. A new format is one file.
import type { Doc } from '../parse/doc.js';
import type { MeetingBody } from '../parse/assemble.js';

export interface Detection {
  /** 0 (no evidence) … 1 (certain). */
  score: number;
  /** Short phrases naming the evidence, shown by `--debug` and in refusals. */
  reasons: string[];
}

export interface FormatModule {
  id: string;
  description: string;
  detect(doc: Doc): Detection;
  parse(doc: Doc): MeetingBody;
}
