/**
 * A chart as a PNG for slides and link previews: the chart's own SVG rasterized by sharp, under its
 * title and over its source line and data version, which satori lays out in the bundled Inter. Light
 * theme, 1,200 px wide, the height the chart needs.
 */
import satori from 'satori';
import sharp from 'sharp';
import { REPORT_TITLE } from '../site.ts';
import { renderChart } from './charts.ts';
import { dataVersion, sourceById } from './data.ts';
import { fonts } from './satori-fonts.ts';

export const CHART_IMAGE_WIDTH = 1200;
const PADDING = 48;
/** A tall chart (the timeline) is drawn narrower rather than taller, to stay a usable image. */
const MAX_PLOT_HEIGHT = 1000;

export interface ChartImage {
  png: Buffer;
  width: number;
  height: number;
}

type Node = { type: string; props: Record<string, unknown> };
const el = (type: string, style: Record<string, unknown>, children?: unknown): Node => ({
  type,
  props: { style, children },
});

/**
 * The chart's SVG at most `maxWidth` pixels wide and MAX_PLOT_HEIGHT high, on white (its marks are
 * drawn in currentColor, black).
 */
async function rasterize(
  svg: string,
  maxWidth: number,
): Promise<{ png: Buffer; width: number; height: number }> {
  const viewBox = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg);
  if (!viewBox) throw new Error('chart-image: the chart SVG has no viewBox');
  const [w, h] = [Number(viewBox[1]), Number(viewBox[2])];
  const width = Math.round(Math.min(maxWidth, (MAX_PLOT_HEIGHT * w) / h));
  const height = Math.round((width * h) / w);
  const png = await sharp(Buffer.from(svg), { density: (72 * width) / w })
    .resize(width, height)
    .flatten({ background: '#ffffff' })
    .png()
    .toBuffer();
  return { png, width, height };
}

const cache = new Map<string, Promise<ChartImage>>();

export function chartImage(name: string): Promise<ChartImage> {
  let image = cache.get(name);
  if (!image) {
    image = draw(name);
    cache.set(name, image);
  }
  return image;
}

async function draw(name: string): Promise<ChartImage> {
  const chart = renderChart(name);
  const inner = CHART_IMAGE_WIDTH - 2 * PADDING;
  const plot = await rasterize(chart.svg, inner);
  const sources = chart.sources.map((id, i) => `[${i + 1}] ${sourceById(id).title}`).join('; ');
  const tree = el(
    'div',
    {
      width: '100%',
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      padding: PADDING,
      background: '#ffffff',
      color: '#1b1d21',
      fontFamily: 'Inter',
      borderTop: '12px solid #ffd500',
    },
    [
      el('div', { display: 'flex', fontSize: 40, fontWeight: 700, lineHeight: 1.2 }, chart.title),
      {
        type: 'img',
        props: {
          src: `data:image/png;base64,${plot.png.toString('base64')}`,
          width: plot.width,
          height: plot.height,
          style: { marginTop: 28, marginBottom: 28, alignSelf: 'center' },
        },
      },
      el(
        'div',
        { display: 'flex', fontSize: 20, color: '#5a5f68', lineHeight: 1.4 },
        `Source${chart.sources.length === 1 ? '' : 's'}: ${sources || 'see the chart’s data'}.`,
      ),
      el(
        'div',
        { display: 'flex', fontSize: 20, color: '#5a5f68', lineHeight: 1.4, marginTop: 6 },
        `Data: @ua-drones/data ${dataVersion} (CC BY 4.0) · ${REPORT_TITLE}`,
      ),
    ],
  );
  // satori's types want React elements; the plain object form is what it reads.
  const svg = await satori(tree as unknown as Parameters<typeof satori>[0], {
    width: CHART_IMAGE_WIDTH,
    fonts: await fonts(),
  });
  const { data, info } = await sharp(Buffer.from(svg))
    .png({ compressionLevel: 9 })
    .toBuffer({ resolveWithObject: true });
  return { png: data, width: info.width, height: info.height };
}
