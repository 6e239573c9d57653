import { expect, test } from 'vitest';
import { markersOffNumerals } from '../src/lib/marker-placement.ts';

/** A marker and its margin note as CiteMarker.astro renders them. */
const marker = (n: number) =>
  `<a class="cite-link" href="#note-${n}" id="cite-${n}" aria-label="note ${n}">${n}</a>` +
  `<span class="sidenote" id="note-${n}"><span class="sn-n">${n}</span> <span class="excerpt">Words, more.</span>` +
  `<span class="note-source">— <a href="/sources/s/">S</a></span></span>`;
const fig = (value: string, n: number) =>
  `<span class="fig"><a class="fig-value" href="/f/">${value}</a>${marker(n)}</span>`;
const when = (date: string, n: number) =>
  `<span class="when"><time>${date}</time>${marker(n)}</span>`;

test('a marker on a numeral moves to the next punctuation, joining a marker on its way', () => {
  const html = `<p>The intrusion of ${fig('19', 71)} Russian drones in ${when('September 2025', 72)}, which forced jets up.</p>`;
  expect(markersOffNumerals(html)).toBe(
    `<p>The intrusion of <span class="fig"><a class="fig-value" href="/f/">19</a></span> Russian drones in <span class="when"><time>September 2025</time></span>,${marker(71)}${marker(72)} which forced jets up.</p>`,
  );
});

test('a marker after words stays; one on a numeral at the end of its block stays too', () => {
  const html = `<p>Dickinson says so.${marker(3)} It began in 2014${marker(4)}</p><p>Next.</p>`;
  expect(markersOffNumerals(html)).toBe(html);
});

test('a percentage moves past the closing parenthesis it sits in', () => {
  const html = `<li>Hit rate (about 75%${marker(9)}) is claimed</li>`;
  expect(markersOffNumerals(html)).toBe(`<li>Hit rate (about 75%)${marker(9)} is claimed</li>`);
});

test('markers pass decimal points, thousands commas and abbreviations, and land after a run of marks', () => {
  const html = `<p>It flew ${fig('1,200', 5)} mi to U.S. waters (about 4.5 hours).</p>`;
  expect(markersOffNumerals(html)).toBe(
    `<p>It flew <span class="fig"><a class="fig-value" href="/f/">1,200</a></span> mi to U.S. waters (about 4.5 hours).${marker(5)}</p>`,
  );
});
