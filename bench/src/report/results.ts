import type { Machine } from '../lib/machine.ts';
import type { BuildsResult } from '../sections/builds.ts';
import type { ChartBundleResult } from '../sections/chart-bundle.ts';
import type { DataPackageResult } from '../sections/data-package.ts';
import type { GrowthStep } from '../sections/growth.ts';
import type { LighthouseResult } from '../sections/lighthouse.ts';
import type { BenchPages } from '../sections/pages.ts';
import type { PageBytes, Timing } from '../sections/reader.ts';
import type { Workspace } from '../workspace/copy.ts';

export const SECTIONS = [
  'install',
  'builds',
  'pages',
  'bytes',
  'timing',
  'lighthouse',
  'charts',
  'data',
  'bundle',
  'growth',
] as const;
export type Section = (typeof SECTIONS)[number];

export type Outcome<T> =
  | { status: 'ok'; value: T; ms: number }
  | { status: 'failed'; error: string; ms: number }
  | { status: 'skipped'; reason: string };

/** Pages by role: 'report' (only when it is not the compared page), 'ssr', 'baseline'. */
export type ByPage<T> = Partial<Record<'report' | 'ssr' | 'baseline', T>>;

export interface ChartRender {
  name: string;
  firstMs: number;
  firstDrawMs: number;
  firstSerializeMs: number;
  warmMs: number[];
  warmDrawMs: number[];
  warmSerializeMs: number[];
  svg: string;
}

export interface Results {
  startedAt: Date;
  totalMs: number;
  machine: Machine;
  /** 1-minute load average after each section. */
  loads: Array<{ section: Section; load: number }>;
  runs: number;
  /** Lighthouse runs per page; the median one is reported. */
  lighthouseRuns: number;
  budgetMs: number;
  sections: {
    install?: Outcome<Workspace>;
    builds?: Outcome<BuildsResult>;
    pages?: Outcome<BenchPages>;
    bytes?: Outcome<ByPage<PageBytes>>;
    timing?: Outcome<ByPage<Timing>>;
    lighthouse?: Outcome<ByPage<LighthouseResult>>;
    charts?: Outcome<{ importMs: number; results: ChartRender[] }>;
    data?: Outcome<DataPackageResult>;
    bundle?: Outcome<ChartBundleResult>;
    growth?: Outcome<GrowthStep[]>;
  };
}
