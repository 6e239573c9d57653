import { existsSync, readFileSync } from 'node:fs';
import { defineProject } from 'vitest/config';

// Until @ua-drones/data has built, tests read its record files through a stand-in module.
const dataDist = new URL('../data/dist/index.js', import.meta.url);
const dataBuilt = existsSync(dataDist) && /\bfigures\b/.test(readFileSync(dataDist, 'utf8'));

export default defineProject({
  test: { name: 'charts', include: ['test/**/*.test.ts'] },
  resolve: dataBuilt
    ? {}
    : {
        alias: {
          '@ua-drones/data': new URL('./test/fixtures/data-from-records.ts', import.meta.url)
            .pathname,
        },
      },
});
