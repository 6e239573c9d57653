import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { expect } from 'vitest';

const output = (name: string) => new URL(`./output/${name}`, import.meta.url);

/** A tag (quoted attribute values may hold ">") or the text between two tags. */
const TOKEN = /<(?:"[^"]*"|'[^']*'|[^'">])*>|[^<]+/g;

/**
 * SVG markup one element per line, indented by depth, so a diff of a snapshot shows which element
 * changed. An element that holds only text keeps it on its line (<tspan>, <title>, <style>). Used
 * only to store and compare snapshots: the indentation is whitespace a renderer would not add.
 */
export function prettySvg(svg: string): string {
  const tokens = svg.match(TOKEN) ?? [];
  const lines: string[] = [];
  let depth = 0;
  const line = (text: string) => lines.push(`${'  '.repeat(depth)}${text}`);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    const next = tokens[i + 1] ?? '';
    if (token.startsWith('</')) {
      depth--;
      line(token);
    } else if (token.startsWith('<?') || token.startsWith('<!') || token.endsWith('/>')) {
      line(token);
    } else if (token.startsWith('<')) {
      if (next.startsWith('</')) {
        line(token + next);
        i += 1;
      } else if (!next.startsWith('<') && (tokens[i + 2] ?? '').startsWith('</')) {
        line(token + next + tokens[i + 2]);
        i += 2;
      } else {
        line(token);
        depth++;
      }
    } else if (token.trim()) {
      line(token.trim());
    }
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Plot's snapshot approach: the reviewed SVG lives in test/output/<name>.svg, one element per line.
 * On a mismatch the new rendering is written next to it as <name>-changed.svg for review, and the
 * test fails (in CI too, where it can be kept as an artifact). A missing snapshot is written, to
 * be reviewed and committed; in CI (CI set) it fails instead, since nobody is there to review it.
 */
export function expectSnapshot(name: string, svg: string) {
  const actual = prettySvg(svg);
  const expected = output(`${name}.svg`);
  const changed = output(`${name}-changed.svg`);
  if (!existsSync(expected)) {
    if (process.env.CI) {
      expect.fail(
        `test/output/${name}.svg is missing: render it locally (without CI), review and commit it`,
      );
    }
    writeFileSync(expected, actual);
    return;
  }
  if (readFileSync(expected, 'utf8') === actual) {
    // A -changed file left by an earlier failing run is stale once the snapshot matches.
    if (!process.env.CI) rmSync(changed, { force: true });
    return;
  }
  writeFileSync(changed, actual);
  expect.fail(`${name}.svg differs from its snapshot: review test/output/${name}-changed.svg`);
}
