import { describe, expect, test } from 'vitest';
import { formatSize, settlePdfLinks } from '../src/lib/pdf/edition-link.ts';

const page = [
  '<p class="meta">40 min read<span class="edition-pdf" data-edition-pdf> · the report as <a href="/r.pdf" download>PDF</a></span></p>',
  '<p class="edition-pdf" data-edition-pdf="true">To file it: <a href="/r.pdf" download>PDF</a></p>',
  '<p>Other <span>text</span> and <a href="/x/">PDF</a></p>',
].join('');

describe('links to the PDF edition', () => {
  test('get the file size in their text', () => {
    expect(settlePdfLinks(page, 1_234_567)).toBe(
      [
        '<p class="meta">40 min read<span class="edition-pdf" data-edition-pdf> · the report as <a href="/r.pdf" download>PDF, 1.2 MB</a></span></p>',
        '<p class="edition-pdf" data-edition-pdf="true">To file it: <a href="/r.pdf" download>PDF, 1.2 MB</a></p>',
        '<p>Other <span>text</span> and <a href="/x/">PDF</a></p>',
      ].join(''),
    );
  });

  test('are taken out, with the words before them, when there is no PDF', () => {
    expect(settlePdfLinks(page, undefined)).toBe(
      '<p class="meta">40 min read</p><p>Other <span>text</span> and <a href="/x/">PDF</a></p>',
    );
  });

  test('sizes read as a download list shows them', () => {
    expect(formatSize(684_356)).toBe('684 kB');
    expect(formatSize(1_250_000)).toBe('1.3 MB');
    expect(formatSize(999_499)).toBe('999 kB');
    expect(formatSize(120)).toBe('1 kB');
  });
});
