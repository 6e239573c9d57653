/** Astro runs this on every page as it is built (the site is static): see lib/marker-separators.ts. */
import { defineMiddleware } from 'astro:middleware';
import { separateMarkers } from './lib/marker-separators.ts';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  return new Response(separateMarkers(await response.text()), {
    status: response.status,
    headers: response.headers,
  });
});
