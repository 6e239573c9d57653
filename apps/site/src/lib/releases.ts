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
    /** False for a working copy: the current version before CHANGELOG.md has its entry. */
    released: z.boolean(),
    /** ISO 8601 date-time; null when git cannot date the release. */
    date: z.string().nullable(),
    /** The commit that dates it, or why git cannot. */
    dateNote: z.string(),
    changes: z.array(z.string()),
  }),
);

export interface Release {
  version: string;
  /** False for a working copy between releases, which is dated but must not be called released. */
  released: boolean;
  /** ISO 8601 date-time: of the release, or of a working copy's last change. */
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
    return {
      version: release.version,
      released: release.released,
      date: release.date,
      changes: release.changes,
    };
  });
}
