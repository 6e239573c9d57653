/**
 * The sentence of a chapter's source that holds a component, as a reader would read it, for
 * messages: components stand as `⟨Fig⟩`, note markers and tags that wrap words disappear.
 */

/** A JSX tag, its attribute values quoted (they may hold `>`, as in `r => …`) or in braces. */
const TAG = /<\/?[A-Z][\w.]*(?:\s+[\w-]+(?:=(?:"[^"]*"|'[^']*'|\{[^}]*\}))?)*\s*\/?>/g;
const MARK = '\u0000';
const sentences = new Intl.Segmenter('en', { granularity: 'sentence' });

/** The sentence around 1-based `line` and `column` of `source`, or the line when none is found. */
export function sentenceAt(source: string, line: number, column: number): string {
  const text = source.split('\n')[line - 1] ?? '';
  const marked = `${text.slice(0, column - 1)}${MARK}${text.slice(column - 1)}`;
  // As parse-chapter.ts reads prose: <Cite> leaves no trace, another component stands as ⟨Name⟩.
  const clean = marked.replace(TAG, (tag) => {
    const name = tag.slice(1).split(/[\s/>]/)[0];
    return tag.endsWith('/>') && name !== 'Cite' ? `⟨${name}⟩` : '';
  });
  for (const { segment } of sentences.segment(clean)) {
    if (segment.includes(MARK)) return segment.replace(MARK, '').trim();
  }
  return clean.replace(MARK, '').trim();
}
