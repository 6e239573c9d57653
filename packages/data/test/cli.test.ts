import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { fixtureCopy, packageDir } from './helpers.ts';

const check = (dir: string) =>
  spawnSync(
    process.execPath,
    [
      join(packageDir, 'scripts/build.ts'),
      '--check',
      '--records',
      join(dir, 'records'),
      '--sources',
      join(dir, 'sources'),
    ],
    { cwd: packageDir, encoding: 'utf8' },
  );

test('the build exits non-zero and prints one line per problem', () => {
  const result = check(fixtureCopy('value-not-in-excerpt'));
  expect(result.status).toBe(1);
  const lines = result.stderr.trim().split('\n');
  expect(lines[0]).toBe('1 problem in the records:');
  expect(lines[1]).toMatch(
    /records\/figures\/sample\.yaml:\d+: figure "kp-troops-kursk", field "value": 1500 is not a number the excerpt states/,
  );
});

test('valid records pass the check', () => {
  const result = check(fixtureCopy());
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  expect(result.stdout).toMatch(/records valid \(3 figures, 3 measures, 1 events/);
});
