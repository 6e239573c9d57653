/**
 * Note markers side by side ("¹⁴,¹⁵") need a comma between them, or they read as one number
 * ("¹⁴¹⁵"). A marker cannot see its neighbours when it renders and CSS cannot tell markers that
 * touch from markers with words between them (sibling selectors skip text), so the comma goes in
 * after rendering: wherever a marker's margin note (CiteMarker.astro) is followed at once by the
 * next marker.
 */

/** A marker's margin note as CiteMarker.astro renders it, up to its last closing tag. */
export const SIDENOTE =
  '<span class="sidenote" id="note-[\\w-]+">(?:(?!<span class="sidenote")[\\s\\S])*?<span class="note-source">[^<]*<a [^>]*>[^<]*</a></span></span>';
/** A marker and its margin note; `note` is what its href names (a number, or a backreference). */
export const markerPattern = (note = '\\d+') =>
  `<a class="cite-link" href="#note-${note}(?:-\\d+)?"[^>]*>\\d+</a>${SIDENOTE}`;

const ADJACENT = new RegExp(`(${SIDENOTE})(?=<a class="cite-link")`, 'g');

export const MARKER_SEPARATOR = '<span class="cite-sep" aria-hidden="true">,</span>';

/**
 * The same note marked twice in a row ("⁸,⁸": two records sharing one passage, or a marker moved
 * off a numeral onto its twin) is marked once: the second marker and its "As above" go.
 */
const REPEATED = new RegExp(
  `(<a class="cite-link" href="#note-(\\d+)(?:-\\d+)?"[^>]*>\\d+</a>${SIDENOTE})(?:${markerPattern('\\2')})+`,
  'g',
);

export function separateMarkers(html: string): string {
  return html.replace(REPEATED, '$1').replace(ADJACENT, `$1${MARKER_SEPARATOR}`);
}
