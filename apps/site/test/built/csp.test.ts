import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import {
  allowedHashes,
  isHashAllowed,
  parsePolicy,
  policyProblems,
  scanSecurity,
} from './lib/csp.ts';
import { listing, writeFindings } from './lib/findings.ts';
import { headerValues, readHeadersFile } from './lib/headers-file.ts';
import { parseHtml } from './lib/html.ts';
import { cssUrls, scanPage } from './lib/references.ts';
import { deployedAt } from './lib/site-config.ts';
import { distDir, listFiles, listPages, urlPathOf } from './lib/site-dist.ts';

const { origin, base } = deployedAt();
const pages = await listPages(distDir, base);
const headerRules = await readHeadersFile(distDir);

/** A URL another origin would serve: absolute or protocol-relative, and not this site's. */
function isThirdParty(url: string, from: string): boolean {
  try {
    const resolved = new URL(url, `${origin}${from}`);
    return /^(https?|wss?|ftp):$/.test(resolved.protocol) && resolved.origin !== origin;
  } catch {
    return false;
  }
}

test('every page has a Content-Security-Policy that forbids unhashed inline script and other origins', async () => {
  const problems: string[] = [];
  let inlineScripts = 0;
  for (const page of pages) {
    const security = scanSecurity(parseHtml(await readFile(page.file, 'utf8')));
    const policies = [
      ...security.metaPolicies,
      ...headerValues(headerRules, page.path, 'content-security-policy'),
    ].map(parsePolicy);
    const report = (text: string) => problems.push(`${page.path}: ${text}`);
    if (policies.length === 0) {
      report('no Content-Security-Policy (neither a <meta http-equiv> nor a _headers rule)');
    }
    for (const text of security.placement) report(text);
    for (const policy of policies) for (const text of policyProblems(policy)) report(text);
    for (const script of security.inlineScripts) {
      inlineScripts++;
      for (const policy of policies) {
        if (!isHashAllowed(script.text, allowedHashes(policy))) {
          const sha = createHash('sha256').update(script.text, 'utf8').digest('base64');
          report(`inline ${script.where} is not allowed by its hash ('sha256-${sha}')`);
        }
      }
    }
    for (const handler of security.inlineHandlers) {
      report(`inline handler or javascript: URL, which CSP blocks: ${handler}`);
    }
  }
  await writeFindings('csp', { pages: pages.length, inlineScripts, problems });
  console.info(
    `csp: ${pages.length} pages, ${inlineScripts} inline scripts, ${problems.length} problems`,
  );
  expect(problems, `Content-Security-Policy problems:\n${listing(problems)}`).toEqual([]);
}, 120_000);

test('no page or stylesheet loads anything from another origin', async () => {
  const thirdParty: string[] = [];
  let resources = 0;
  for (const page of pages) {
    const { references } = scanPage(parseHtml(await readFile(page.file, 'utf8')));
    for (const reference of references.filter((r) => r.kind === 'resource')) {
      resources++;
      if (isThirdParty(reference.url, page.path)) {
        thirdParty.push(`${page.path}: ${reference.where} loads ${reference.url}`);
      }
    }
  }
  for (const rel of (await listFiles(distDir)).filter((f) => f.endsWith('.css'))) {
    const from = urlPathOf(rel, base);
    for (const url of cssUrls(await readFile(join(distDir, rel), 'utf8'))) {
      resources++;
      if (isThirdParty(url, from)) thirdParty.push(`${from}: url() loads ${url}`);
    }
  }
  await writeFindings('third-party', { pages: pages.length, resources, thirdParty });
  console.info(
    `third-party: ${pages.length} pages, ${resources} resources, ${thirdParty.length} from another origin`,
  );
  expect(thirdParty, `resources from another origin:\n${listing(thirdParty)}`).toEqual([]);
}, 120_000);
