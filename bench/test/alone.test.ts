import { describe, expect, test } from 'vitest';
import { bundleVerdict, runAlone } from '../src/alone.ts';

const sizes = (gzip: number) => ({ raw: gzip * 3, gzip, brotli: gzip });

describe('--only', () => {
  test('bundleVerdict gives the one-chart page against its budget to the byte, met or missed', () => {
    const plotAlone = sizes(81_000);
    const registry = sizes(150_000);
    expect(bundleVerdict({ oneChart: sizes(99_867), plotAlone, registry })).toBe(
      'One chart and its data ≤ 100 KB gzip: 99,867 bytes (97.5 KB), met, 2,533 bytes to spare; 18,867 bytes beside Plot.',
    );
    expect(bundleVerdict({ oneChart: sizes(103_000), plotAlone, registry })).toMatch(
      /: 103,000 bytes \(100\.6 KB\), missed by 600 bytes; 22,000 bytes beside Plot\.$/,
    );
  });

  test('names the sections that can run alone when given one that cannot', () => {
    expect(() => runAlone('lighthouse', '/nowhere')).toThrow(
      '--only: "lighthouse" cannot run alone (it needs the clean copy and the builds of a full run); sections that can: bundle',
    );
  });
});
