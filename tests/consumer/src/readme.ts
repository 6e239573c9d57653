import { readFileSync } from 'node:fs';

/**
 * Where a README code block runs, named by the words after its language in the fence
 * (```js browser): a Node ESM module, a page bundled with Vite and loaded in Chromium, an
 * Observable notebook cell (Plot and a document are globals), a shell command, pandas, R, or
 * `text` (output shown to the reader, not run).
 */
export type Environment = 'node' | 'browser' | 'observable' | 'sh' | 'python' | 'r' | 'text';

export interface CodeBlock {
  environment: Environment;
  code: string;
  /** 1-based line of the opening fence, for test names and failure messages. */
  line: number;
}

const ENVIRONMENTS: Record<string, Environment> = {
  js: 'node',
  'js browser': 'browser',
  'js observable': 'observable',
  sh: 'sh',
  python: 'python',
  r: 'r',
  text: 'text',
};

/** Every fenced code block of a README; a fence with no known info string is an error. */
export function codeBlocks(path: string): CodeBlock[] {
  const lines = readFileSync(path, 'utf8').split('\n');
  const blocks: CodeBlock[] = [];
  for (let index = 0; index < lines.length; index++) {
    const fence = /^```(.*)$/.exec(lines[index] ?? '');
    if (!fence) continue;
    const info = (fence[1] ?? '').trim();
    const environment = ENVIRONMENTS[info];
    if (!environment) {
      throw new Error(
        `${path}:${index + 1}: code block "${info}" names no environment: use one of ${Object.keys(ENVIRONMENTS).join(', ')}`,
      );
    }
    const end = lines.indexOf('```', index + 1);
    if (end === -1) throw new Error(`${path}:${index + 1}: code block is not closed`);
    blocks.push({ environment, code: lines.slice(index + 1, end).join('\n'), line: index + 1 });
    index = end;
  }
  return blocks;
}

/**
 * Turns the README's result comments into assertions: a line `expression; // 'result'` becomes
 * `assert.strictEqual(expression, 'result')`, so a README that shows a result it no longer gives
 * fails, instead of misleading a reader.
 */
export function withResultAssertions(code: string): string {
  const asserted = code.replace(
    /^(\s*)(?!const |let |var |import |export |for |if |return |\/\/)([^\n]*?[^;\s]);?\s*\/\/ ('(?:[^'\\\n]|\\.)*')\s*$/gm,
    (_line, indent: string, expression: string, result: string) =>
      `${indent}__readmeAssert.strictEqual(${expression}, ${result});`,
  );
  return `import __readmeAssert from 'node:assert/strict';\n${asserted}`;
}

/**
 * Markdown images and links outside code: `![alt](target)` and `[text](target)`, with their
 * lines.
 */
export function linkTargets(path: string): { target: string; line: number; image: boolean }[] {
  let inFence = false;
  return readFileSync(path, 'utf8')
    .split('\n')
    .flatMap((text, index) => {
      if (text.startsWith('```')) inFence = !inFence;
      if (inFence) return [];
      const prose = text.replace(/`[^`]*`/g, '');
      return [...prose.matchAll(/(!?)\[[^\]]*\]\(([^)\s]+)\)/g)].map((match) => ({
        target: match[2] ?? '',
        line: index + 1,
        image: match[1] === '!',
      }));
    });
}
