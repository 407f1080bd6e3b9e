import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The engine must be pure and bit-identical across JavaScript engines: no DOM, no Node
 * built-ins, no Math.random, and none of the Math functions that the language leaves
 * "implementation-approximated" (exp, log, pow, trigonometric, ...), which differ between
 * engines in the last bits. Only exact Math operations may appear.
 */
const ENGINE_DIR = fileURLToPath(new URL('../../src/engine/', import.meta.url));

/** Math members whose results the specification fixes exactly (or that are constants). */
const EXACT_MATH = new Set([
  'abs', 'ceil', 'floor', 'trunc', 'round', 'sign', 'sqrt', 'min', 'max', 'fround', 'imul', 'clz32',
  'PI', 'E', 'LN2', 'LN10', 'LOG2E', 'LOG10E', 'SQRT2', 'SQRT1_2',
]);

/** Module specifiers the engine may not import: Node built-ins, the file system, paths, the UI framework. */
function forbiddenImport(specifier: string): boolean {
  return (
    specifier.startsWith('node:') ||
    /^(fs|path|svelte)(\/.*)?$/.test(specifier)
  );
}

/** Characters after which a `/` starts a regular expression literal rather than a division. */
const REGEX_PRECEDERS = new Set(['', '(', ',', '=', ':', '[', '!', '&', '|', '?', '{', '}', ';', '+', '-', '*', '%', '<', '>', '~', '^']);

/**
 * Two views of a source file with its comments removed: `code` with the contents of
 * strings, template literals and regular expressions blanked (for scanning the code
 * itself), and `withStrings` with them kept (for reading import specifiers).
 */
function lex(source: string): { code: string; withStrings: string } {
  let code = '';
  let withStrings = '';
  const braces: number[] = []; /* for each open `${`, the brace depth at which its template resumes */
  let depth = 0;
  let i = 0;
  let last = ''; /* the last significant character emitted */
  const emit = (c: string, blank = false) => {
    code += blank ? (c === '\n' ? '\n' : ' ') : c;
    withStrings += c;
    if (!blank && !/\s/.test(c)) last = c;
  };
  const template = () => {
    /* at the character after a backtick or after the `}` closing a substitution */
    while (i < source.length) {
      const c = source[i];
      if (c === '\\') {
        emit(c, true);
        emit(source[i + 1] ?? '', true);
        i += 2;
      } else if (c === '`') {
        emit(c);
        i++;
        return;
      } else if (c === '$' && source[i + 1] === '{') {
        emit('$');
        emit('{');
        i += 2;
        braces.push(depth);
        depth++;
        return;
      } else {
        emit(c, true);
        i++;
      }
    }
  };
  while (i < source.length) {
    const c = source[i];
    const next = source[i + 1];
    if (c === '/' && next === '/') {
      while (i < source.length && source[i] !== '\n') i++;
    } else if (c === '/' && next === '*') {
      const end = source.indexOf('*/', i + 2);
      const comment = source.slice(i, end < 0 ? source.length : end + 2);
      for (const ch of comment) if (ch === '\n') emit('\n');
      i = end < 0 ? source.length : end + 2;
      emit(' ');
    } else if (c === '"' || c === "'") {
      emit(c);
      i++;
      while (i < source.length && source[i] !== c && source[i] !== '\n') {
        if (source[i] === '\\') {
          emit(source[i], true);
          i++;
        }
        emit(source[i] ?? '', true);
        i++;
      }
      emit(c);
      i++;
    } else if (c === '`') {
      emit(c);
      i++;
      template();
    } else if (c === '{') {
      depth++;
      emit(c);
      i++;
    } else if (c === '}') {
      depth--;
      emit(c);
      i++;
      if (braces.length > 0 && braces[braces.length - 1] === depth) {
        braces.pop();
        template();
      }
    } else if (c === '/' && (REGEX_PRECEDERS.has(last) || /\b(return|typeof|case|in|of)\s*$/.test(code))) {
      emit(c);
      i++;
      let inClass = false;
      while (i < source.length && source[i] !== '\n') {
        const r = source[i];
        if (r === '\\') {
          emit(r, true);
          i++;
        } else if (r === '[') inClass = true;
        else if (r === ']') inClass = false;
        else if (r === '/' && !inClass) break;
        emit(source[i] ?? '', true);
        i++;
      }
      emit('/');
      i++;
    } else {
      emit(c);
      i++;
    }
  }
  return { code, withStrings };
}

/** The purity violations in one source file, as readable strings (empty if none). */
function violations(source: string): string[] {
  const { code, withStrings } = lex(source);
  const found: string[] = [];
  const lineOf = (text: string, index: number) => text.slice(0, index).split('\n').length;
  for (const m of code.matchAll(/\bMath\s*\.\s*([A-Za-z_$][\w$]*)/g)) {
    if (!EXACT_MATH.has(m[1])) found.push(`line ${lineOf(code, m.index)}: Math.${m[1]}`);
  }
  for (const m of code.matchAll(/\bMath\b(?!\s*\.\s*[A-Za-z_$])/g)) {
    found.push(`line ${lineOf(code, m.index)}: indirect use of Math`);
  }
  for (const m of code.matchAll(/\*\*=?/g)) {
    const exponent = code.slice(m.index + m[0].length);
    if (!/^\s*-?\s*\d+(?![\w.$])/.test(exponent)) {
      found.push(`line ${lineOf(code, m.index)}: ** with an exponent that is not an integer literal`);
    }
  }
  for (const m of code.matchAll(/(?<![\w$.])(document|window)\b|\bglobalThis\s*\.\s*(document|window)\b/g)) {
    found.push(`line ${lineOf(code, m.index)}: ${m[1] ?? m[2]}`);
  }
  const imports = /\bfrom\s*(['"])([^'"]*)\1|\bimport\s*\(\s*(['"])([^'"]*)\3|\bimport\s*(['"])([^'"]*)\5|\brequire\s*\(\s*(['"])([^'"]*)\7/g;
  for (const m of withStrings.matchAll(imports)) {
    const specifier = m[2] ?? m[4] ?? m[6] ?? m[8];
    if (forbiddenImport(specifier)) found.push(`line ${lineOf(withStrings, m.index)}: import of '${specifier}'`);
  }
  return found;
}

/** Every file under dir, recursively. */
function filesUnder(dir: string): string[] {
  const files: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) files.push(...filesUnder(path));
    else files.push(path);
  }
  return files;
}

describe('engine purity', () => {
  it('no file under src/engine uses inexact Math functions, Math.random, non-integer **, the DOM or Node built-ins', () => {
    const files = filesUnder(ENGINE_DIR).filter((f) => /\.(ts|tsx|mts|cts|js|mjs|cjs|jsx|svelte)$/.test(f));
    expect(files.length).toBeGreaterThan(0);
    const report: string[] = [];
    for (const file of files) {
      for (const v of violations(readFileSync(file, 'utf8'))) report.push(`src/engine/${relative(ENGINE_DIR, file)} ${v}`);
    }
    expect(report).toEqual([]);
  });

  describe('the scan itself', () => {
    it.each([
      ['Math.exp', 'const y = Math.exp(x);'],
      ['Math.log with spaces', 'const y = Math . log (x);'],
      ['Math.log1p', 'const y = Math.log1p(x);'],
      ['Math.log2 and log10', 'const y = Math.log2(x) + Math.log10(x);'],
      ['Math.expm1', 'const y = Math.expm1(x);'],
      ['Math.pow', 'const y = Math.pow(x, 0.5);'],
      ['trigonometry', 'const y = Math.sin(x) + Math.atan2(y, x);'],
      ['Math.cbrt', 'const y = Math.cbrt(x);'],
      ['Math.hypot', 'const y = Math.hypot(x, y);'],
      ['Math.random', 'const u = Math.random();'],
      ['computed access', "const y = Math['exp'](x);"],
      ['destructuring', 'const { exp } = Math;'],
      ['** with a fraction', 'const y = x ** 0.5;'],
      ['** with a variable', 'const y = 2 ** k;'],
      ['**= with a variable', 'y **= k;'],
      ['document', 'const t = document.title;'],
      ['window', 'window.addEventListener("x", f);'],
      ['globalThis.window', 'const w = globalThis.window;'],
      ['node: import', "import { readFileSync } from 'node:fs';"],
      ['fs import', "import fs from 'fs';"],
      ['path import', "import { join } from 'path';"],
      ['svelte import', "import { writable } from 'svelte/store';"],
      ['dynamic import', "const m = await import('node:os');"],
      ['require', "const fs = require('fs');"],
      ['code after a template literal', 'const s = `a ${b} c`; const y = Math.exp(1);'],
      ['code after a regular expression', "const r = /['\"]/; const y = Math.log(2);"],
    ])('flags %s', (_what, source) => {
      expect(violations(source).length).toBeGreaterThan(0);
    });

    it.each([
      ['exact Math functions', 'const y = Math.sqrt(Math.abs(x)) + Math.floor(x) + Math.trunc(x) + Math.max(1, 2);'],
      ['a doc comment naming Math.exp', '/** Like Math.exp, but deterministic. */ const y = 1;'],
      ['a line comment naming Math.pow', 'const y = 1; // not Math.pow(x, 0.5)'],
      ['a string naming Math.log', "const message = 'Math.log is not used';"],
      ['** with integer literals', 'const y = x ** 2 + z ** -1 + 2 ** 10;'],
      ['allowed imports', "import seedrandom from 'seedrandom'; import { log } from './log.js';"],
      ['properties named window or document', 'const w = options.window + this.document;'],
      ['a template with Math.exp in its text', 'const s = `Math.exp(${x})`;'],
    ])('does not flag %s', (_what, source) => {
      expect(violations(source)).toEqual([]);
    });
  });
});
