/**
 * Reads a chapter's MDX source once, with satteri, the parser @astrojs/mdx renders it with, so every
 * check sees what renders: the components it uses, its headings, the prose a reader reads and its
 * word count. The references check, the reading time, the prose tests and the built-output checks
 * all read chapters through this module; none reads MDX with a pattern of its own.
 *
 * What counts as prose: the text of paragraphs, headings, list items, block quotes and table
 * cells, with link text and the text a component wraps (`<PageLink>the methods</PageLink>`). Not
 * prose: front matter, import/export lines, `{expressions}` and `{/* comments *\/}`, code, raw
 * HTML, attributes, image alt text.
 *
 * A component without children renders words the source does not contain: `<Fig>` a value and its
 * unit, `<When>` a date, `<Q>` a quotation, `<Conflict>` the estimates it sets side by side. In
 * running text such a component stands in the prose as a placeholder, `⟨Fig⟩`, so a check on
 * wording never matches its name or attributes and a sentence still shows where the value sits; it
 * counts as the words RENDERED_WORDS estimates for it (the parser reads no data, so these are
 * typical lengths, not the rendered ones). `<Cite>` renders only a note number and leaves no trace.
 * A component standing as a block of its own (a chart, a table of conflicting figures, a pull
 * quote) is not prose and counts nothing. Words are what `Intl.Segmenter` calls word-like: "don't"
 * and "4.5" are one word each, "—" none.
 */
import { readFileSync } from 'node:fs';
import { type MdastNode, mdxToMdast } from 'satteri';
import { parse as parseYaml } from 'yaml';
import { LANG } from '../site.ts';

/** Words a component in running text renders, as estimated for the word count (see above). */
export const RENDERED_WORDS: Readonly<Record<string, number>> = {
  /** "4.5 million drones", "more than 3.5 years". */
  Fig: 2,
  /** "30 September 2025", "2014". */
  When: 2,
  /** "sources differ 2.2 million drones vs 4 million drones". */
  Conflict: 6,
  /** A quotation of a sentence or two. */
  Q: 20,
  /** "figure 3". */
  FigRef: 2,
};

/** A JSX element in the chapter, as written: `<Fig id="x" bare />`. */
export interface ComponentUse {
  name: string;
  /** String-literal attributes; a flag written without a value (`bare`) as "". */
  attributes: Record<string, string>;
  /** Attributes written as `{…}` expressions, with their source (a spread under "..."). */
  expressions: Record<string, string>;
  /** Whether it stands inside running text (`text`) or as a block of its own (`flow`). */
  placement: 'text' | 'flow';
  file: string;
  line: number;
  column: number;
}

export interface Heading {
  /** 1 for `#`, 3 for `###`. */
  depth: number;
  text: string;
  line: number;
}

/** A paragraph, heading, list item's paragraph or table cell, as prose text. */
export interface ProseBlock {
  /** The text a reader reads, a component without children as `⟨Name⟩`. */
  text: string;
  /** Where each stretch of `text` is in the source: `[offset in text, line]`, offsets ascending. */
  lines: Array<[offset: number, line: number]>;
  words: number;
}

export interface ParsedChapter {
  file: string;
  /** The YAML front matter, parsed; {} when there is none. */
  frontmatter: Record<string, unknown>;
  /** Every JSX element, in reading order (nested ones after their parent). */
  components: ComponentUse[];
  headings: Heading[];
  prose: ProseBlock[];
  /** Words of the prose, each component in running text counted as RENDERED_WORDS says. */
  words: number;
}

export interface Sentence {
  text: string;
  /** Line of the source where the sentence starts. */
  line: number;
}

export class ChapterSyntaxError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    // satteri's messages start with `line:column: `, so this reads as `file:line:column: …`.
    super(`${file}:${message}`);
    this.name = 'ChapterSyntaxError';
  }
}

type Parent = Extract<MdastNode, { children: unknown }>;
type Element = Extract<MdastNode, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>;

const wordSegmenter = new Intl.Segmenter(LANG, { granularity: 'word' });
const sentenceSegmenter = new Intl.Segmenter(LANG, { granularity: 'sentence' });

function countWords(text: string): number {
  let words = 0;
  for (const segment of wordSegmenter.segment(text)) if (segment.isWordLike) words++;
  return words;
}

function componentUse(file: string, node: Element): ComponentUse {
  const attributes: Record<string, string> = {};
  const expressions: Record<string, string> = {};
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      expressions['...'] = attribute.value;
    } else if (attribute.value === null || attribute.value === undefined) {
      attributes[attribute.name] = '';
    } else if (typeof attribute.value === 'string') {
      attributes[attribute.name] = attribute.value;
    } else {
      expressions[attribute.name] = attribute.value.value;
    }
  }
  return {
    name: node.name ?? '',
    attributes,
    expressions,
    placement: node.type === 'mdxJsxTextElement' ? 'text' : 'flow',
    file,
    line: node.position?.start.line ?? 0,
    column: node.position?.start.column ?? 0,
  };
}

/** Builds one prose block from phrasing content, remembering the source line of each stretch. */
class BlockWriter {
  private text = '';
  /** The text without placeholders, for counting words. */
  private plain = '';
  private renderedWords = 0;
  private lines: Array<[number, number]> = [];

  add(value: string, line: number) {
    value.split('\n').forEach((part, i) => {
      if (i > 0) this.append(' ', ' ');
      this.append(part, part, line + i);
    });
  }

  placeholder(name: string, line: number) {
    this.append(`⟨${name}⟩`, ' ', line);
    this.renderedWords += RENDERED_WORDS[name] ?? 0;
  }

  /** Appends with runs of white space collapsed, as a browser shows them. */
  private append(text: string, plain: string, line?: number) {
    const collapsed = text.replace(/\s+/g, ' ');
    const written = /^$|\s$/.test(this.text) ? collapsed.trimStart() : collapsed;
    if (written === '') return;
    if (line !== undefined && this.lines.at(-1)?.[1] !== line) {
      this.lines.push([this.text.length, line]);
    }
    this.text += written;
    this.plain += plain;
  }

  finish(): ProseBlock | null {
    const text = this.text.trimEnd();
    if (text === '') return null;
    return { text, lines: this.lines, words: countWords(this.plain) + this.renderedWords };
  }
}

/** Parses a chapter's MDX source. Throws a ChapterSyntaxError, with file, line and column, on bad MDX. */
export function parseChapter(file: string, source: string): ParsedChapter {
  let root: MdastNode;
  try {
    // The features @astrojs/mdx turns on, so the prose reads as the page does ("--" as "–").
    root = mdxToMdast(source, { features: { gfm: true, smartPunctuation: true } });
  } catch (error) {
    throw new ChapterSyntaxError(file, (error as Error).message);
  }
  const chapter: ParsedChapter = {
    file,
    frontmatter: {},
    components: [],
    headings: [],
    prose: [],
    words: 0,
  };

  /** Phrasing content into `block`. */
  const inline = (node: MdastNode, block: BlockWriter) => {
    const line = node.position?.start.line ?? 0;
    switch (node.type) {
      case 'text':
        block.add(node.value, line);
        return;
      case 'break':
        block.add('\n', line);
        return;
      case 'mdxJsxTextElement':
        chapter.components.push(componentUse(file, node));
        if (node.children.length === 0 && node.name && Object.hasOwn(RENDERED_WORDS, node.name)) {
          block.placeholder(node.name, line);
        }
        for (const child of node.children) inline(child, block);
        return;
      default:
        // Emphasis, links and the like wrap prose; code, expressions, HTML and images are not prose.
        if ('children' in node)
          for (const child of node.children) inline(child as MdastNode, block);
    }
  };

  /** A node holding phrasing content becomes one prose block. */
  const proseBlock = (node: Parent) => {
    const block = new BlockWriter();
    for (const child of node.children) inline(child as MdastNode, block);
    const written = block.finish();
    if (written) chapter.prose.push(written);
    return written;
  };

  /** Flow content. */
  const flow = (node: MdastNode) => {
    switch (node.type) {
      case 'yaml':
        chapter.frontmatter = (parseYaml(node.value) as Record<string, unknown> | null) ?? {};
        return;
      case 'paragraph':
      case 'tableCell':
        proseBlock(node);
        return;
      case 'heading': {
        const written = proseBlock(node);
        chapter.headings.push({
          depth: node.depth,
          text: written?.text ?? '',
          line: node.position?.start.line ?? 0,
        });
        return;
      }
      case 'mdxJsxFlowElement':
        chapter.components.push(componentUse(file, node));
        for (const child of node.children) flow(child);
        return;
      default:
        if ('children' in node) for (const child of node.children) flow(child as MdastNode);
    }
  };

  flow(root);
  chapter.words = chapter.prose.reduce((sum, block) => sum + block.words, 0);
  return chapter;
}

/** Reads and parses a chapter; `file` names it in errors and components (default: the path). */
export function readChapter(path: string | URL, file = String(path)): ParsedChapter {
  return parseChapter(file, readFileSync(path, 'utf8'));
}

/** The line of the source where `offset` of a block's text lies. */
function lineAt(block: ProseBlock, offset: number): number {
  let line = block.lines[0]?.[1] ?? 0;
  for (const [start, at] of block.lines) {
    if (start > offset) break;
    line = at;
  }
  return line;
}

/**
 * The chapter's prose as sentences, each with the line it starts on: for checks on wording
 * ("no digit typed into prose", words a chapter must not use). Headings and table cells are
 * sentences of their own.
 */
export function proseOf(chapter: ParsedChapter): Sentence[] {
  return chapter.prose.flatMap((block) =>
    [...sentenceSegmenter.segment(block.text)]
      .map(({ segment, index }) => {
        const lead = segment.length - segment.trimStart().length;
        return { text: segment.trim(), line: lineAt(block, index + lead) };
      })
      .filter((sentence) => sentence.text !== ''),
  );
}
