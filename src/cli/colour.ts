// Colour on or off for a command's report, decided once in the CLI; reporters get a chalk instance (level 0 = plain).
import { Chalk, type ChalkInstance } from 'chalk';
import type { CliContext } from './context.js';

/**
 * Colour on only for a terminal, first match wins: --no-color, --color, NO_COLOR (non-empty), FORCE_COLOR
 * (0/false off), TERM=dumb, stdout is a TTY. chalk's own detection ignores NO_COLOR in a TTY, so we decide here.
 */
export function colourFor(ctx: CliContext, flag: boolean | undefined): ChalkInstance {
  const env = ctx.env;
  let on: boolean;
  if (flag === false) on = false;
  else if (flag === true) on = true;
  else if (env.NO_COLOR) on = false;
  else if (env.FORCE_COLOR !== undefined) on = !['0', 'false'].includes(env.FORCE_COLOR);
  else if (env.TERM === 'dumb') on = false;
  else on = ctx.isTTY.stdout;
  return new Chalk({ level: on ? 1 : 0 });
}

