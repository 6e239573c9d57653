import { describe, expect, test } from 'vitest';
import { pageTitle, SHORT_TITLE } from '../src/site.ts';

describe('pageTitle', () => {
  test('appends the short site name while the title stays within 70 characters as HTML', () => {
    expect(pageTitle('Data')).toBe(`Data · ${SHORT_TITLE}`);
    const long = "Time from detection to strike decision that ASGARD's developers claim";
    const title = pageTitle(long);
    expect(title.replace(/'/g, '&#39;').length).toBeLessThanOrEqual(70);
    expect(long.startsWith(title.replace(/…$/, ''))).toBe(true);
  });
});
