import meta from './data/meta.json' with { type: 'json' };

/** Version of this data release (semver; see the versioning policy in the README). */
export const dataVersion: string = meta.version;
