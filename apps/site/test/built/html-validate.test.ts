import { readFile } from 'node:fs/promises';
import { type ConfigData, HtmlValidate } from 'html-validate';
import { expect, test } from 'vitest';
import { listing, writeFindings } from './lib/findings.ts';
import { distDir, listPages } from './lib/site-dist.ts';

const config = JSON.parse(
  await readFile(new URL('./htmlvalidate.json', import.meta.url), 'utf8'),
) as ConfigData;

test('every built page passes html-validate with zero errors', async () => {
  const validator = new HtmlValidate(config);
  const pages = await listPages(distDir);
  const errors: string[] = [];
  let warnings = 0;
  for (const page of pages) {
    const report = await validator.validateString(await readFile(page.file, 'utf8'), page.file);
    for (const result of report.results) {
      for (const message of result.messages) {
        if (message.severity === 2) {
          errors.push(
            `${page.path}:${message.line}:${message.column} ${message.ruleId}: ${message.message}` +
              (message.selector ? ` [${message.selector}]` : ''),
          );
        } else warnings++;
      }
    }
  }
  await writeFindings('html-validate', { pages: pages.length, warnings, errors });
  console.info(
    `html-validate: ${pages.length} pages, ${errors.length} errors, ${warnings} warnings`,
  );
  expect(errors, `html-validate errors:\n${listing(errors)}`).toEqual([]);
}, 300_000);
