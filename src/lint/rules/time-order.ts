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
    // The line that states the end: an end label, a time label (`Mødetid: 08:00 - 07:00`), a start label, or the
    // unlabelled date line (`Tirsdag den 4. marts kl. 17.30-16.30`).
    const f = (['end', 'time', 'start', 'date'] as const).map((name) => meeting.header.find((h) => h.field === name && /\d/u.test(h.value))).find((h) => h !== undefined);
    report({ line: f?.line ?? 1, message: `the meeting ends (${meeting.end.replace('T', ' ')}) before it starts (${meeting.start.replace('T', ' ')}); correct the times` });
  },
});
