import { expect, test } from 'vitest';
import { MARKER_SEPARATOR, separateMarkers } from '../src/lib/marker-separators.ts';

/** A marker and its margin note as CiteMarker.astro renders them. */
const marker = (n: number) =>
  `<a class="cite-link" href="#note-${n}" id="cite-${n}" aria-label="note ${n}">${n}</a>` +
  `<span class="sidenote" id="note-${n}"><span class="sn-n">${n}</span> <span class="excerpt">words</span>` +
  `<span class="note-source">— <a href="/sources/s/">S</a></span></span>`;

test('separateMarkers puts a comma between markers that touch, and only there', () => {
  const html = `<p>States.${marker(14)}${marker(15)} Then a sentence.${marker(16)} and more.${marker(17)}</p>`;
  const out = separateMarkers(html);
  expect(out.split(MARKER_SEPARATOR)).toHaveLength(2);
  expect(out).toContain(`</span></span>${MARKER_SEPARATOR}<a class="cite-link" href="#note-15"`);
  expect(out).not.toContain(`${MARKER_SEPARATOR}<a class="cite-link" href="#note-16"`);
  expect(out).not.toContain(`${MARKER_SEPARATOR}<a class="cite-link" href="#note-17"`);
});

test('separateMarkers leaves a page without adjacent markers as it was', () => {
  const html = `<p>One.${marker(1)} <a href="#x">A link</a> after a note.</p>`;
  expect(separateMarkers(html)).toBe(html);
});

test('separateMarkers marks a note once where it is marked twice in a row', () => {
  const again = marker(8)
    .replace('href="#note-8"', 'href="#note-8-2"')
    .replace('id="note-8"', 'id="note-8-2"')
    .replace('id="cite-8"', 'id="cite-8-2"');
  const html = `<p>Russia.${marker(8)}${again}${marker(9)} Next.</p>`;
  expect(separateMarkers(html)).toBe(
    `<p>Russia.${marker(8)}${MARKER_SEPARATOR}${marker(9)} Next.</p>`,
  );
});
