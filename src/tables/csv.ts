// Rows → CSV text in two profiles, one options object each (csv-stringify does the quoting):
// - rfc4180 (default): comma, UTF-8, CRLF records, quoted only where needed, text verbatim;
// - excel (`--excel`): UTF-8 BOM, `;`, CRLF, every text cell quoted, and cells Excel would run as formulas neutralised
//   (OWASP CSV injection: a leading = + - @ tab CR or LF gets a `'` in front). Booleans read ja/nej in Excel.
import { stringify } from 'csv-stringify/sync';
import type { Cell, Row, TableName } from './rows.js';
import { TABLES } from './rows.js';

const DANGEROUS_FIRST = new Set(['=', '+', '-', '@', '\t', '\r', '\n', '\0', '＝', '＋', '－', '＠']);

/** A text cell Excel will show as text: a leading formula character gets a `'` in front. */
export function excelSafe(value: string): string {
  return value.length > 0 && DANGEROUS_FIRST.has(value[0]!) ? `'${value}` : value;
}

export interface CsvProfile {
  excel: boolean;
}

function cell(v: Cell, excel: boolean): string | number {
  if (v === null) return '';
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return excel ? (v ? 'ja' : 'nej') : v ? 'true' : 'false';
  return excel ? excelSafe(v) : v;
}

function options(excel: boolean) {
  // quoted_match: csv-stringify quotes a field holding the record delimiter (CRLF) but not a bare LF or CR, which
  // RFC 4180 and Excel both need quoted — decision texts are full of line breaks.
  return excel
    ? { delimiter: ';', record_delimiter: 'windows' as const, quoted_string: true, quoted_match: /[\r\n]/u, eof: true }
    : { delimiter: ',', record_delimiter: 'windows' as const, quoted_match: /[\r\n]/u, eof: true };
}

/** The header line (with the BOM in the Excel profile). */
export function csvHeader(table: TableName, profile: CsvProfile): string {
  const head = stringify([TABLES[table].columns.map((c) => c.key)], options(profile.excel));
  return (profile.excel ? '\ufeff' : '') + head;
}

/** Rows as CSV records, without a header. */
export function csvRecords(table: TableName, rows: readonly Row[], profile: CsvProfile): string {
  if (rows.length === 0) return '';
  const keys = TABLES[table].columns.map((c) => c.key);
  return stringify(
    rows.map((r) => keys.map((k) => cell(r[k] ?? null, profile.excel))),
    options(profile.excel),
  );
}
