import type { AstroIntegrationLogger } from 'astro';
import { describe, expect, test } from 'vitest';
import {
  MISSING_SITE_WARNING,
  siteFromEnv,
  warnWithoutSite,
} from '../src/integrations/public-url.ts';

describe('siteFromEnv', () => {
  test('an unset or empty SITE is no public URL', () => {
    expect(siteFromEnv(undefined)).toBeUndefined();
    expect(siteFromEnv('  ')).toBeUndefined();
  });

  test('an http(s) URL is the public URL', () => {
    expect(siteFromEnv('https://example.org')).toBe('https://example.org/');
  });

  test('anything else fails the build, saying what SITE must be', () => {
    expect(() => siteFromEnv('example.org')).toThrow(
      'SITE must be the site\'s public URL, like https://example.org; got "example.org"',
    );
    expect(() => siteFromEnv('ftp://example.org')).toThrow('SITE must be an http or https URL');
  });
});

/** The warnings the integration gives at the start of a build. */
function warningsOf(site: string | undefined): string[] {
  const warnings: string[] = [];
  const logger = { warn: (message: string) => warnings.push(message) };
  const hook = warnWithoutSite(site).hooks['astro:build:start'];
  type Options = Parameters<NonNullable<typeof hook>>[0];
  hook?.({ logger: logger as unknown as AstroIntegrationLogger } as Options);
  return warnings;
}

test('a build without SITE gives one warning that says what is left out and how to set it', () => {
  expect(warningsOf(undefined)).toEqual([MISSING_SITE_WARNING]);
  expect(MISSING_SITE_WARNING).toContain('Set SITE=https://<host>');
  expect(warningsOf('https://example.org/')).toEqual([]);
});
