import type { Call, CallMetrics, Moment, Segment } from '../types.ts';

/** Everything an export holds: the JSON output of `npm run analyze` (DESIGN.md). */
export interface CallReport {
  call: Call;
  segments: Segment[];
  moments: Moment[];
  metrics: CallMetrics;
}
