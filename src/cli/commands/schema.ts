// `referat schema`: the JSON Schema of the output, generated from the zod model.
import * as z from 'zod';
import { Meeting } from '../../model/meeting.js';
import type { CliContext } from '../context.js';
import { EXIT } from '../exit-codes.js';

export function meetingJsonSchema(): object {
  return {
    $id: 'https://referat.dev/schema/meeting.schema.json',
    ...z.toJSONSchema(Meeting, { target: 'draft-2020-12' }),
  };
}

export async function runSchema(ctx: CliContext): Promise<number> {
  ctx.stdout(JSON.stringify(meetingJsonSchema(), null, 2) + '\n');
  return EXIT.OK;
}
