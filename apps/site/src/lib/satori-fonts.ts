/** Inter, bundled with the site (no network), for the images satori draws: cards and chart PNGs. */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export async function fonts() {
  const file = (weight: number) =>
    readFile(require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`));
  return [
    { name: 'Inter', data: await file(400), weight: 400 as const, style: 'normal' as const },
    { name: 'Inter', data: await file(700), weight: 700 as const, style: 'normal' as const },
  ];
}

export type Fonts = Awaited<ReturnType<typeof fonts>>;
