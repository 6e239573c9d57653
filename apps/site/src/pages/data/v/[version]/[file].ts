import type { APIRoute, GetStaticPaths } from 'astro';
import { downloadFiles, readDownload } from '../../../../lib/downloads.ts';

/** Each release's files at a URL that never changes: /data/v/<version>/<file>. */
export const getStaticPaths = (() =>
  downloadFiles().map((d) => ({
    params: { version: d.version, file: d.file },
    props: { path: d.path },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(new Uint8Array(readDownload((props as { path: string }).path)));
