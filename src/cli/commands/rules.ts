// `referat rules`: every rule with its id, default severity, what it checks, an example and how to fix it.
import { NOT_MINUTES, RULES } from '../../lint/rules/index.js';
import type { CliContext } from '../context.js';
import { EXIT } from '../exit-codes.js';

export async function runRules(ctx: CliContext, opts: { json?: boolean }): Promise<number> {
  const rules = [NOT_MINUTES, ...RULES].map((r) => ({
    id: r.id,
    severity: r.severity,
    description: r.description,
    example: r.example,
    fix: r.fix,
    agenda: 'decisionRule' in r && r.decisionRule ? 'off for agendas' : 'on',
    options: 'defaultOptions' in r && r.defaultOptions ? r.defaultOptions : undefined,
  }));
  if (opts.json) {
    ctx.stdout(JSON.stringify(rules, null, 2) + '\n');
    return EXIT.OK;
  }
  const out: string[] = [];
  for (const r of rules) {
    out.push(`${r.id}  (${r.severity}${r.agenda === 'on' ? '' : `; ${r.agenda}`})`);
    out.push(`  ${r.description}`);
    out.push(`  example: ${r.example.replace(/\n/gu, ' ⏎ ')}`);
    out.push(`  fix:     ${r.fix}`);
    if (r.options) out.push(`  options: ${JSON.stringify(r.options)}`);
    out.push('');
  }
  ctx.stdout(out.join('\n'));
  return EXIT.OK;
}
