import type { APIRoute } from 'astro';
import { absoluteUrl, routes } from '../lib/paths.ts';
import { releases } from '../lib/releases.ts';
import { DATASET_TITLE, PROJECT_AUTHOR } from '../site.ts';

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Ids name the npm release, which is permanent and needs no site URL: the feed's entries keep
 * their ids when the site moves, and a build without SITE still writes a valid feed.
 */
const NPM_PACKAGE = 'https://www.npmjs.com/package/@ua-drones/data';

/**
 * Atom feed of data releases: one entry per released version, its changes and its download page.
 * A working copy between releases gets no entry (subscribers would be told of a version npm does
 * not have); until the first release the feed has none, updated as of the working copy.
 */
export const GET: APIRoute = ({ site }) => {
  const all = releases();
  const list = all.filter((r) => r.released);
  const self = absoluteUrl(routes.feed(), site);
  const entries = list.map((r) => {
    const link = absoluteUrl(routes.dataRelease(r.version), site);
    const changes = r.changes.length > 0 ? r.changes : ['No changelog entry.'];
    return `  <entry>
    <title>${escapeXml(`${DATASET_TITLE} ${r.version}`)}</title>
    <id>${escapeXml(`${NPM_PACKAGE}/v/${r.version}`)}</id>
    <link href="${escapeXml(link)}"/>
    <updated>${r.date}</updated>
    <content type="html">${escapeXml(`<ul>${changes.map((c) => `<li>${escapeXml(c)}</li>`).join('')}</ul>`)}</content>
  </entry>`;
  });
  const updated = (list.length > 0 ? list : all)
    .map((r) => r.date)
    .sort()
    .at(-1);
  const body = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>${escapeXml(`${DATASET_TITLE}: releases`)}</title>
  <id>${escapeXml(NPM_PACKAGE)}</id>
  <link rel="self" href="${escapeXml(self)}"/>
  <link href="${escapeXml(absoluteUrl(routes.data(), site))}"/>
  <updated>${updated}</updated>
  <author><name>${escapeXml(PROJECT_AUTHOR)}</name></author>
${entries.join('\n')}
</feed>
`;
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
