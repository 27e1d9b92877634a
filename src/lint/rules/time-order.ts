// time-order: the meeting ends before it starts.
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'time-order',
  severity: 'error',
  description: 'The meeting ends before it starts.',
  example: 'STARTTIDSPUNKT 2021-06-23 12:00, SLUTTIDSPUNKT 2021-06-23 09:00',
  fix: 'Correct the start or end time.',
  check({ meeting, report }) {
    if (!meeting.start || !meeting.end || meeting.end >= meeting.start) return;
    const f = meeting.header.find((h) => h.field === 'end') ?? meeting.header.find((h) => h.field === 'start');
    report({ line: f?.line ?? 1, message: `the meeting ends (${meeting.end.replace('T', ' ')}) before it starts (${meeting.start.replace('T', ' ')}); correct the times` });
  },
});
