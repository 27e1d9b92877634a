// Case-insensitive patterns in the sources use `i` without `u` unless they need it (`\p{…}`, `\u{…}`, astral
// characters): V8 compiles an `iu` pattern about three times slower (Unicode case folding), and the first run of every
// command compiles dozens of them. Text reaches the patterns in NFC, where `u` changes nothing for Danish letters.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/fixtures.js';

const NEEDS_U = /\\[pP]\{|\\u\{|[\ud800-\udfff]/u;

describe('regex flags', () => {
  it('no case-insensitive pattern in src/ carries a u flag it does not need', () => {
    const offenders: string[] = [];
    for (const rel of fg.sync('src/**/*.ts', { cwd: ROOT })) {
      const text = readFileSync(path.join(ROOT, rel), 'utf8');
      const sf = ts.createSourceFile(rel, text, ts.ScriptTarget.Latest, true);
      const visit = (n: ts.Node): void => {
        if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
          const lit = n.getText(sf);
          const slash = lit.lastIndexOf('/');
          const flags = lit.slice(slash + 1);
          if (flags.includes('i') && flags.includes('u') && !NEEDS_U.test(lit.slice(1, slash))) {
            offenders.push(`${rel}:${sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1} ${lit.slice(0, 60)}`);
          }
        }
        if (ts.isNewExpression(n) && n.expression.getText(sf) === 'RegExp' && n.arguments?.length === 2) {
          const f = n.arguments[1]!;
          if (ts.isStringLiteral(f) && f.text.includes('i') && f.text.includes('u') && !NEEDS_U.test(n.arguments[0]!.getText(sf))) {
            offenders.push(`${rel}:${sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1} new RegExp(…, '${f.text}')`);
          }
        }
        ts.forEachChild(n, visit);
      };
      visit(sf);
    }
    expect(offenders).toEqual([]);
  });
});
