/**
 * What a browser page pays for one chart: the charts README's browser example (one chart imported
 * by name, with the table it draws from) bundled with Vite, beside Observable Plot alone and the
 * registry example it replaced (`import * as data` and `charts`, which reach every chart, the map
 * and every table).
 */
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { type Sizes, sizesOf } from '../lib/sizes.ts';

export interface ChartBundleResult {
  /** `import { demand } from '@ua-drones/charts'` and `figures`, as the README shows. */
  oneChart: Sizes;
  /** `import * as Plot from '@observablehq/plot'` drawing one bar chart. */
  plotAlone: Sizes;
  /** `import * as data` and the `charts` registry, drawing the same chart. */
  registry: Sizes;
}

export const PAGES = {
  oneChart: `import { demand } from '@ua-drones/charts';
import { figures } from '@ua-drones/data';
const records = figures.filter((f) => demand.expects.measures.includes(f.measure));
document.body.append(demand.render(records));
`,
  plotAlone: `import * as Plot from '@observablehq/plot';
document.body.append(Plot.barX([3, 2, 1]).plot());
`,
  registry: `import * as data from '@ua-drones/data';
import { charts } from '@ua-drones/charts';
document.body.append(charts.demand.render(charts.demand.select(data)));
`,
} as const satisfies Record<keyof ChartBundleResult, string>;

/** The packages a page imports, by name, as folders. */
type Packages = Record<string, string>;

/**
 * Builds one page with Vite's defaults (minified, tree-shaken) and sizes its JavaScript. The page
 * sits in a scratch folder whose node_modules links to the packages, so it resolves them as an
 * installed app would, and nothing is written into the workspace.
 */
async function bundle(
  dir: string,
  code: string,
  packages: Packages,
  alias: Record<string, string>,
): Promise<Sizes> {
  for (const [name, folder] of Object.entries(packages)) {
    const link = join(dir, 'node_modules', name);
    mkdirSync(join(link, '..'), { recursive: true });
    symlinkSync(folder, link, 'dir');
  }
  writeFileSync(join(dir, 'main.js'), code);
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html lang="en"><body><script type="module" src="./main.js"></script></body></html>\n',
  );
  const outDir = join(dir, 'dist');
  await build({
    root: dir,
    configFile: false,
    logLevel: 'error',
    resolve: { alias },
    build: { outDir, emptyOutDir: true },
  });
  const assets = join(outDir, 'assets');
  const js = readdirSync(assets).filter((file) => file.endsWith('.js'));
  if (js.length !== 1) throw new Error(`expected one script in ${assets}, found ${js.join(', ')}`);
  return sizesOf(readFileSync(join(assets, js[0] as string)));
}

export async function measureChartBundle(options: {
  /** A bench folder whose node_modules holds both packages (the workspace's or the repository's). */
  benchDir: string;
  chartsDir: string;
  /** An empty scratch folder for the pages and their builds. */
  tmp: string;
}): Promise<ChartBundleResult> {
  const { benchDir, chartsDir, tmp } = options;
  const packages = Object.fromEntries(
    ['@ua-drones/charts', '@ua-drones/data'].map((name) => [
      name,
      realpathSync(join(benchDir, 'node_modules', name)),
    ]),
  );
  // Plot is a dependency of the charts package, not of the bench: resolved from there.
  const alias = {
    '@observablehq/plot': realpathSync(join(chartsDir, 'node_modules/@observablehq/plot')),
  };
  const result: Partial<ChartBundleResult> = {};
  for (const [name, code] of Object.entries(PAGES) as [keyof ChartBundleResult, string][])
    result[name] = await bundle(join(tmp, name), code, packages, alias);
  return result as ChartBundleResult;
}
