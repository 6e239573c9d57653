/**
 * Data releases, as the @ua-drones/data build lists them from its CHANGELOG.md and dates them from
 * git history (packages/data/src/build/site-files.ts). A release git could not date fails the
 * build here, saying why, rather than showing a made-up date.
 */
import { z } from 'astro/zod';
import { readDataSiteFile } from './data-site-files.ts';

const ReleaseList = z.array(
  z.object({
    version: z.string(),
    /** ISO 8601 date-time; null when git cannot date the release. */
    date: z.string().nullable(),
    /** The commit that dates it, or why git cannot. */
    dateNote: z.string(),
    changes: z.array(z.string()),
  }),
);

export interface Release {
  version: string;
  /** ISO 8601 date-time. */
  date: string;
  changes: string[];
}

export function releases(): Release[] {
  return ReleaseList.parse(readDataSiteFile('releases.json')).map((release) => {
    if (release.date === null) {
      throw new Error(
        `no date for data release ${release.version}: ${release.dateNote}. (If that is fixed now, the data build's cached output predates the fix: \`turbo run build --filter=@ua-drones/data --force\`.)`,
      );
    }
    return { version: release.version, date: release.date, changes: release.changes };
  });
}
