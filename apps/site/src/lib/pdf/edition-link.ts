/**
 * Links to the PDF edition are written by the pages before the PDF exists (it is printed from the
 * built report), so they are placeholders: the PDF integration gives each its size once the file is
 * written, or takes it out when no PDF could be built, so that no page links to a missing file.
 */

/** Marks the element (a <span> or a <p>) around a link to the PDF, holding no other of its kind. */
export const PDF_LINK_ATTRIBUTE = 'data-edition-pdf';
/** The link's text before the size is known. */
export const PDF_LINK_TEXT = 'PDF';

const placeholder = new RegExp(
  `<(span|p) class="edition-pdf" ${PDF_LINK_ATTRIBUTE}(?:="[^"]*")?>(?:(?!</\\1>)[\\s\\S])*</\\1>`,
  'g',
);

/** "684 kB", "1.2 MB": decimal units, as file managers and browsers show downloads. */
export function formatSize(bytes: number): string {
  if (bytes < 1_000_000) return `${Math.max(1, Math.round(bytes / 1000))} kB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

export function hasPdfLinks(html: string): boolean {
  return html.includes(PDF_LINK_ATTRIBUTE);
}

/** Gives every PDF link its size ("PDF, 1.2 MB"), or, with no PDF, removes them. */
export function settlePdfLinks(html: string, bytes: number | undefined): string {
  return html.replace(placeholder, (link) =>
    bytes === undefined
      ? ''
      : link.replace(`>${PDF_LINK_TEXT}</a>`, `>${PDF_LINK_TEXT}, ${formatSize(bytes)}</a>`),
  );
}
