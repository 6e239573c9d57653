import { median } from '../../lib/stats.ts';
import type { DataPackageResult } from '../../sections/data-package.ts';
import { kb, ms, table } from '../format.ts';
import { ok, outcomeNote } from '../outcome.ts';
import type { Results } from '../results.ts';

function treeShaking(data: DataPackageResult): string {
  const tables = data.tablesInGetFigureBundle;
  if (tables.length === 1 && tables[0] === 'figures')
    return 'Tree-shaking works: the `getFigure` app carries the figures table and none of the others.';
  return `Tree-shaking ${tables.includes('figures') ? 'is partial' : 'is not measurable'}: the \`getFigure\` app carries ${tables.join(', ')} (of ${data.tables.join(', ')}).`;
}

/** `@ua-drones/data` as a consumer gets it: sizes, import time, what a bundle keeps. */
export function renderDataPackage(results: Results): string[] {
  const data = ok(results.sections.data);
  const lines = ['## The data package', ''];
  if (data)
    lines.push(
      table(
        ['@ua-drones/data', ''],
        [
          ['Tarball (pnpm pack)', kb(data.tarball)],
          ['Unpacked', `${kb(data.unpacked)} in ${data.files} files`],
          [
            `\`import('@ua-drones/data')\` in Node, median of ${data.importMs.length} fresh processes`,
            ms(median(data.importMs)),
          ],
          [
            'Bundle of an app importing only `getFigure` (esbuild, minified)',
            `${kb(data.getFigureBundle.raw)} raw, ${kb(data.getFigureBundle.gzip)} gzip`,
          ],
          [
            'Bundle of an app importing everything',
            `${kb(data.everythingBundle.raw)} raw, ${kb(data.everythingBundle.gzip)} gzip`,
          ],
          ['Tables in the `getFigure` bundle', data.tablesInGetFigureBundle.join(', ') || 'none'],
        ],
      ),
      '',
      treeShaking(data),
      '',
    );
  return [...lines, ...outcomeNote('Data package', results.sections.data)];
}
