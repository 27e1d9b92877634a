// meeting-fields: the header lacks the committee, the start date/time or the place.
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'meeting-fields',
  severity: 'warning',
  description: 'The meeting has no committee, no start date and time, or no location.',
  example: 'a header with UDVALG and STED but no STARTTIDSPUNKT',
  fix: 'Fill in the missing field in the publishing system before exporting.',
  check({ meeting, report }) {
    const line = meeting.headerBlock?.line ?? 1;
    const missing: string[] = [];
    if (!meeting.committee) missing.push('committee (udvalg)');
    if (!meeting.start) missing.push(meeting.date ? 'start time (starttidspunkt)' : 'start date and time (starttidspunkt)');
    if (!meeting.location) missing.push('location (sted)');
    for (const m of missing) report({ line, message: `the meeting has no ${m}; fill it in before publishing` });
  },
});
