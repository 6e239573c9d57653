/**
 * The Content-Security-Policy every page carries as its first <head> element: scripts and styles
 * only from this origin, plus the hashes of the one inline script and of the charts' inline
 * stylesheets. Pagefind runs WebAssembly, hence 'wasm-unsafe-eval'.
 */
import { createHash } from 'node:crypto';
import { chartNames, renderChart } from './charts.ts';
import { THEME_SCRIPT, TOC_SCRIPT } from './theme-script.ts';

function sha256(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/**
 * Hashes of the <style> elements inside a chart's SVG: the charts theme their marks with a small
 * inline stylesheet, which the policy must allow by hash.
 */
function chartStyleHashes(name: string): Array<`sha256-${string}`> {
  return [...renderChart(name).svg.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((match) =>
    sha256(match[1] as string),
  );
}

let policy: string | undefined;

/** The same for every page, so built once (hashing the charts' styles on each page added up). */
export function contentSecurityPolicy(): string {
  policy ??= buildPolicy();
  return policy;
}

function buildPolicy(): string {
  const styles = [...new Set(chartNames().flatMap(chartStyleHashes))].map((h) => `'${h}'`);
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' '${sha256(THEME_SCRIPT)}' '${sha256(TOC_SCRIPT)}'`,
    `style-src 'self' ${styles.join(' ')}`.trim(),
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}
