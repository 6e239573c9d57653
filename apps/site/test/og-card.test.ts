import { expect, test } from 'vitest';
import { cardSvg } from '../src/integrations/og-images.ts';
import { SHARED_CARDS } from '../src/lib/og-cards.ts';
import { fonts } from '../src/lib/satori-fonts.ts';

/** Start points of the glyph outlines satori draws (a path per block of text, M per contour). */
const glyphStarts = (svg: string) =>
  [...svg.matchAll(/ d="([^"]*)"/g)].flatMap((d) =>
    [...(d[1] as string).matchAll(/M([\d.-]+) ([\d.-]+)/g)].map((m) => [
      Number(m[1]),
      Number(m[2]),
    ]),
  );

test('a card keeps all its text inside the 1200×630 image, inside the 64 px padding', async () => {
  const svg = await cardSvg(
    {
      site: 'Site name',
      title: 'A title long enough to wrap onto a second line of the card at this size',
      description: SHARED_CARDS.figure.description,
    },
    await fonts(),
  );
  expect(svg).toMatch(/^<svg width="1200" height="630"/);
  const starts = glyphStarts(svg);
  // Site name, two lines of title, two of description: well over a hundred contours.
  expect(starts.length).toBeGreaterThan(100);
  for (const [x, y] of starts) {
    expect(x).toBeGreaterThanOrEqual(64);
    expect(x).toBeLessThanOrEqual(1200 - 64);
    expect(y).toBeLessThanOrEqual(630 - 64);
  }
});
