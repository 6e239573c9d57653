// Widths in em of a proportional sans-serif (system-ui), close enough to wrap lines without a
// browser: narrow and wide glyphs differ by a factor of three, everything else is average.
const NARROW = new Set(Array.from(" .,:;'|!iIjlft()[]-/`"));
const WIDE = new Set(Array.from('mwMW@%'));

/** Approximate rendered width of a string in pixels at a font size. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const char of text) {
    if (NARROW.has(char)) em += 0.3;
    else if (WIDE.has(char)) em += 0.85;
    else if (char >= 'A' && char <= 'Z') em += 0.66;
    else em += 0.55;
  }
  // Wide fallback fonts (DejaVu Sans) run about 10% wider than system-ui: wrap for them.
  return em * fontSize * 1.1;
}

/** Breaks text into lines no wider than `width` pixels; a single over-long word keeps its line. */
export function wrap(text: string, width: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, fontSize) > width) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}
