import { join } from 'node:path';
import { expect, inject, test } from 'vitest';
import { run, transcript } from '../src/run.ts';

const { projectDir } = inject('consumer');
const tsc = join(import.meta.dirname, '../node_modules/.bin/tsc');

// consumer.ts carries a `@ts-expect-error`: the check also fails (TS2578) if that line ever stops
// being an error, so the published types must be precise enough to reject it.
// node-only: the charts' declarations need no lib "dom" (they fall back to structural types).
test.concurrent.each(['nodenext', 'bundler', 'node-only'])(
  'a consumer file type-checks under tsconfig.%s.json',
  async (resolution) => {
    const result = await run(
      tsc,
      ['-p', `types/tsconfig.${resolution}.json`, '--pretty', 'false'],
      {
        cwd: projectDir,
      },
    );
    expect(result.code, transcript(result)).toBe(0);
  },
);

test.concurrent('a type error in consumer code is reported against the published types', async () => {
  const result = await run(tsc, ['-p', 'types/tsconfig.broken.json', '--pretty', 'false'], {
    cwd: projectDir,
  });
  expect(result.code, transcript(result)).not.toBe(0);
  expect(result.stdout).toMatch(
    /^types\/broken\.ts\(4,\d+\): error TS2322: Type '"parsecs"' is not assignable to type '[^']*"drones" \|/m,
  );
});
