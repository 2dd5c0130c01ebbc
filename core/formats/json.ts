/** The JSON export: `{ call, segments, moments, metrics }` (DESIGN.md, Command line). */
import type { CallReport } from './call-report.ts';

export function toJson(report: CallReport): string {
  const { call, segments, moments, metrics } = report;
  return `${JSON.stringify({ call, segments, moments, metrics }, null, 2)}\n`;
}
