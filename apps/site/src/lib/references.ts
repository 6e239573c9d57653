/**
 * Reads a chapter's MDX source and finds every data component in it, with its line and column,
 * before anything renders. This is what lets the build fail on a bad id with file and line, and
 * gives notes stable numbers in reading order.
 */

export const DATA_COMPONENTS = {
  Fig: 'id',
  Q: 'id',
  Cite: 'id',
  When: 'id',
  Conflict: 'measure',
  Chart: 'name',
} as const;
export type DataComponent = keyof typeof DATA_COMPONENTS;

export interface Reference {
  component: DataComponent;
  /** The attribute that names what is cited: id, measure, name, or `source` on <Cite source excerpt>. */
  key: string;
  /** The value of that attribute. */
  value: string;
  /** Every string attribute as written (`kind`, `excerpt` on <Cite>); a flag (`bare`) as "". */
  attributes: Record<string, string>;
  line: number;
  column: number;
}

/** Attributes the build reads, so they must be string literals rather than expressions. */
const CHECKED_ATTRIBUTES = new Set(['id', 'measure', 'name', 'kind', 'source', 'excerpt']);

export class ChapterReferenceError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    message: string,
  ) {
    super(`${file}:${line}:${column} ${message}`);
    this.name = 'ChapterReferenceError';
  }
}

/** Replaces code (fenced blocks, inline spans) and MDX comments with spaces, keeping positions. */
function blankNonContent(text: string): string {
  const blank = (match: string) => match.replace(/[^\n]/g, ' ');
  return text
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, blank)
    .replace(/`[^`\n]+`/g, blank)
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, blank);
}

const TAG = new RegExp(`<(${Object.keys(DATA_COMPONENTS).join('|')})\\b([^>]*?)/?>`, 'g');
const ATTRIBUTE = /([A-Za-z][\w-]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|\{([^}]*)\})|([A-Za-z][\w-]*)/g;

function position(text: string, offset: number) {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return { line, column };
}

/** Every data component in `text`, in reading order. Throws on a non-literal or missing key. */
export function scanReferences(file: string, text: string): Reference[] {
  const content = blankNonContent(text);
  const references: Reference[] = [];
  for (const match of content.matchAll(TAG)) {
    const component = match[1] as DataComponent;
    const { line, column } = position(content, match.index);
    const fail = (message: string): never => {
      throw new ChapterReferenceError(file, line, column, message);
    };
    const attributes: Record<string, string> = {};
    for (const attribute of (match[2] ?? '').matchAll(ATTRIBUTE)) {
      const name = attribute[1] ?? attribute[5];
      if (!name) continue;
      const literal = attribute[2] ?? attribute[3];
      if (attribute[4] !== undefined && CHECKED_ATTRIBUTES.has(name)) {
        fail(
          `<${component} ${name}={${attribute[4]}}>: write ${name} as a string literal, ${name}="…", so the build can check it`,
        );
      }
      if (literal !== undefined) attributes[name] = literal;
      else if (attribute[5] !== undefined) attributes[name] = '';
    }
    // <Cite> names either a record (id) or a passage of a source (source + excerpt).
    const bySource = component === 'Cite' && attributes.source !== undefined;
    const key = bySource ? 'source' : DATA_COMPONENTS[component];
    if (bySource && attributes.id !== undefined) {
      fail('<Cite> takes either id="…" (a record) or source="…" excerpt="…", not both');
    }
    if (bySource && !attributes.excerpt?.trim()) {
      fail(`<Cite source="${attributes.source}"> needs an excerpt="…" attribute`);
    }
    const value = attributes[key];
    if (!value) return fail(`<${component}> needs a ${key}="…" attribute`);
    references.push({ component, key, value, attributes, line, column });
  }
  return references;
}
