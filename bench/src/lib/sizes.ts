import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

export const ZERO: Sizes = { raw: 0, gzip: 0, brotli: 0 };

/**
 * Sizes as a static host that precompresses would serve them: gzip level 9, brotli quality 11.
 * An empty input is 0 in every column (it is not sent at all).
 */
export function sizesOf(content: string | Uint8Array): Sizes {
  const buffer = typeof content === 'string' ? Buffer.from(content) : Buffer.from(content);
  if (buffer.length === 0) return ZERO;
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length,
      },
    }).length,
  };
}

export function addSizes(a: Sizes, b: Sizes): Sizes {
  return { raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli };
}
