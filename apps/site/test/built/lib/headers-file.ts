import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** `_headers` (Netlify / Cloudflare Pages format): path patterns, each with indented headers. */
export interface HeaderRule {
  pattern: string;
  headers: Array<[name: string, value: string]>;
}

export async function readHeadersFile(dir: string): Promise<HeaderRule[]> {
  const file = join(dir, '_headers');
  if (!existsSync(file)) return [];
  const rules: HeaderRule[] = [];
  for (const line of (await readFile(file, 'utf8')).split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    const rule = rules.at(-1);
    if (!rule || colon < 0) throw new Error(`${file}: cannot read line "${line}"`);
    rule.headers.push([line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

function matches(pattern: string, path: string): boolean {
  if (pattern.endsWith('*')) return path.startsWith(pattern.slice(0, -1));
  return pattern === path;
}

/** Every value of `name` that applies to a URL path. */
export function headerValues(rules: readonly HeaderRule[], path: string, name: string): string[] {
  return rules
    .filter((rule) => matches(rule.pattern, path))
    .flatMap((rule) => rule.headers.filter(([n]) => n === name).map(([, value]) => value));
}
