/**
 * Astro runs this on every page as it is built (the site is static): note markers move off
 * numerals (lib/marker-placement.ts), then markers that touch get a comma (lib/marker-separators.ts).
 */
import { defineMiddleware } from 'astro:middleware';
import { markersOffNumerals } from './lib/marker-placement.ts';
import { separateMarkers } from './lib/marker-separators.ts';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  return new Response(separateMarkers(markersOffNumerals(await response.text())), {
    status: response.status,
    headers: response.headers,
  });
});
