/**
 * Open Graph images drawn at build time: one per page from the built page's own og:title and
 * og:description (so they can never disagree), except for pages whose og:image is a card shared
 * by their kind (lib/og-cards.ts), drawn once. Text is laid out by satori with a bundled font (no
 * network), then rasterized by sharp.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import satori from 'satori';
import sharp from 'sharp';
import { meta, readBuiltPage } from '../lib/built-html.ts';
import { SHARED_CARDS } from '../lib/og-cards.ts';
import { type Fonts, fonts } from '../lib/satori-fonts.ts';

export interface Card {
  title: string;
  description: string;
  site: string;
}

type Node = { type: string; props: { style?: Record<string, unknown>; children?: unknown } };
const el = (type: string, style: Record<string, unknown>, children: unknown): Node => ({
  type,
  props: { style, children },
});

/** The card as an SVG of 1200×630, text drawn as paths. */
export async function cardSvg(card: Card, font: Fonts): Promise<string> {
  const tree = el(
    'div',
    {
      width: '100%',
      height: '100%',
      // satori sizes boxes as content-box: without this the padding pushed the card to 1328×774
      // and the description off the bottom of the image.
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: '64px',
      background: '#15171a',
      color: '#e8e6e1',
      fontFamily: 'Inter',
      borderTop: '16px solid #ffd500',
    },
    [
      el('div', { display: 'flex', fontSize: 28, color: '#7db7f5', fontWeight: 700 }, card.site),
      el('div', { display: 'flex', flexDirection: 'column' }, [
        el(
          'div',
          {
            display: 'flex',
            fontSize: card.title.length > 60 ? 52 : 64,
            fontWeight: 700,
            lineHeight: 1.15,
          },
          card.title,
        ),
        el(
          'div',
          { display: 'flex', marginTop: 24, fontSize: 28, color: '#a9adb5', lineHeight: 1.35 },
          card.description.length > 180 ? `${card.description.slice(0, 177)}…` : card.description,
        ),
      ]),
    ],
  );
  // satori's types want React elements; the plain object form is what it reads.
  return satori(tree as unknown as Parameters<typeof satori>[0], {
    width: 1200,
    height: 630,
    fonts: font,
  });
}

export async function renderCard(card: Card, font: Fonts): Promise<Buffer> {
  return sharp(Buffer.from(await cardSvg(card, font)))
    .png({ compressionLevel: 9 })
    .toBuffer();
}

/** Path of a page's own image under the output folder, mirroring `routes.og` in lib/paths.ts. */
export function ogFile(pathname: string): string {
  const clean = pathname.replace(/^\/+|\/+$/g, '');
  return `og/${clean === '' ? 'index' : clean}.png`;
}

/** Path of a shared card under the output folder, mirroring `routes.ogShared`. */
export function sharedOgFile(card: string): string {
  return `og/shared/${card}.png`;
}

async function write(out: string, file: string, png: Buffer): Promise<void> {
  const target = join(out, file);
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, png);
}

export function ogImages(site: string): AstroIntegration {
  return {
    name: 'ua-drones:og-images',
    hooks: {
      'astro:build:done': async ({ dir, pages, logger }) => {
        const out = fileURLToPath(dir);
        const font = await fonts();
        let own = 0;
        for (const { pathname } of pages) {
          const html = await readBuiltPage(out, pathname);
          if (html === undefined) continue;
          const title = meta(html, 'og:title');
          const file = ogFile(pathname);
          if (!title || !meta(html, 'og:image')?.endsWith(`/${file}`)) continue;
          const description = meta(html, 'og:description') ?? '';
          await write(out, file, await renderCard({ title, description, site }, font));
          own++;
        }
        for (const [card, text] of Object.entries(SHARED_CARDS))
          await write(out, sharedOgFile(card), await renderCard({ ...text, site }, font));
        logger.info(
          `${own} Open Graph images for single pages, ${Object.keys(SHARED_CARDS).length} shared`,
        );
      },
    },
  };
}
