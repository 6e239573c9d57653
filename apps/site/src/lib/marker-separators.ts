/**
 * Note markers side by side ("¹⁴,¹⁵") need a comma between them, or they read as one number
 * ("¹⁴¹⁵"). A marker cannot see its neighbours when it renders and CSS cannot tell markers that
 * touch from markers with words between them (sibling selectors skip text), so the comma goes in
 * after rendering: wherever a marker's margin note (CiteMarker.astro) is followed at once by the
 * next marker.
 */
const ADJACENT =
  /(<span class="sidenote" id="note-[\w-]+">(?:(?!<span class="sidenote")[\s\S])*?<span class="note-source">[^<]*<a [^>]*>[^<]*<\/a><\/span><\/span>)(?=<a class="cite-link")/g;

export const MARKER_SEPARATOR = '<span class="cite-sep" aria-hidden="true">,</span>';

/**
 * The same note marked twice in a row ("⁸,⁸": two records sharing one passage, or a marker moved
 * off a numeral onto its twin) is marked once: the second marker and its "As above" go.
 */
const REPEATED =
  /(<a class="cite-link" href="#note-(\d+)(?:-\d+)?"[^>]*>\d+<\/a><span class="sidenote" id="note-[\w-]+">(?:(?!<span class="sidenote")[\s\S])*?<span class="note-source">[^<]*<a [^>]*>[^<]*<\/a><\/span><\/span>)(?:<a class="cite-link" href="#note-\2-\d+"[^>]*>\d+<\/a><span class="sidenote" id="note-[\w-]+">(?:(?!<span class="sidenote")[\s\S])*?<span class="note-source">[^<]*<a [^>]*>[^<]*<\/a><\/span><\/span>)+/g;

export function separateMarkers(html: string): string {
  return html.replace(REPEATED, '$1').replace(ADJACENT, `$1${MARKER_SEPARATOR}`);
}
