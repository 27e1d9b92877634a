// json: the result shape itself, one array for the run (stable; documented in the README).
import type { FileReport } from '../model/diagnostic.js';

export function formatJson(reports: readonly FileReport[]): string {
  return JSON.stringify(reports, null, 2) + '\n';
}
