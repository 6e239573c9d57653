import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { figureNumber, numberFigures } from '../src/lib/charts.ts';

describe('numberFigures and figureNumber', () => {
  let dir: string;
  const chapter = async (name: string, body: string) => {
    const file = join(dir, name);
    await writeFile(file, `---\ntitle: T\n---\n\n${body}\n`);
    return file;
  };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ua-site-figures-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test('numbers charts in the order of the files given, each once, and leaves other pages unnumbered', async () => {
    const files = [
      await chapter('b.mdx', '<Chart name="reach" />\n\nAs <FigRef name="demand" /> shows.'),
      await chapter('a.mdx', '<Chart name="demand" />\n\n<Chart name="reach" />'),
    ];
    numberFigures('/numbered/', files);
    expect(['reach', 'demand'].map((name) => figureNumber('/numbered/', name))).toEqual([1, 2]);
    expect(figureNumber('/elsewhere/', 'reach')).toBeUndefined();
    expect(() => figureNumber('/numbered/', 'matrix')).toThrow(
      'chart "matrix" on /numbered/ has no figure number',
    );
  });

  test('fails on a <FigRef> to an unknown chart or one the page does not draw, naming file, line and column', async () => {
    const unknown = await chapter(
      'unknown.mdx',
      '<Chart name="reach" />\n\nSee <FigRef name="reech" />.',
    );
    expect(() => numberFigures('/p/', [unknown])).toThrow(
      `${unknown}:7:5 <FigRef name="reech" />: no chart "reech"; known charts: `,
    );
    const absent = await chapter(
      'absent.mdx',
      '<Chart name="reach" />\n\nSee <FigRef name="demand" />.',
    );
    expect(() => numberFigures('/p/', [absent])).toThrow(
      `${absent}:7:5 <FigRef name="demand" />: chart "demand" is not drawn on /p/; its figures: reach`,
    );
  });
});
