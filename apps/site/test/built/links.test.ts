import { expect, test } from 'vitest';
import { listing, writeFindings } from './lib/findings.ts';
import { checkLinks } from './lib/link-check.ts';
import { deployedAt } from './lib/site-config.ts';
import { distDir } from './lib/site-dist.ts';

test('every internal link, resource and fragment of the built site resolves', async () => {
  const report = await checkLinks({ dir: distDir, ...deployedAt() });
  await writeFindings('links', report);
  console.info(
    `links: ${report.pages} pages, ${report.files} files, ${report.checked} internal URLs (${report.fragments} with a fragment), ${report.broken.length} broken`,
  );
  const lines = report.broken.map((b) => `${b.page}: ${b.where} -> ${b.url}: ${b.problem}`);
  expect(report.broken, `broken internal links:\n${listing(lines)}`).toEqual([]);
  expect(report.checked, 'a site with no internal links at all is not a site').toBeGreaterThan(0);
}, 120_000);
