/**
 * Figures float, as a typesetter sets them: a figure (a chart or a pull quote) never splits, so
 * when it does not fit under the text before it Paged.js starts it on the next page and leaves the
 * page before short. Paged.js has no page floats; instead the printer lays the report out, finds
 * each figure that opened a page after a short one of the same chapter, and lays it out again
 * with the figure set after as many of the blocks that follow it as fill the gap, or, where no text
 * follows it in its chapter, before as many of the last paragraphs of the short page as make room
 * for it there (never between a heading and its text). A figure never passes another figure or
 * leaves its chapter.
 *
 * A chapter, or the back matter (notes and references, `BACK_MATTER`), that spills a few lines
 * onto a page of their own is set again a little tighter, and if need be tighter still
 * (`data-tight` 1 or 2, pdf.css: leading, spacing, drawings' width), which pulls the lines back.
 *
 * The functions run in the page (page.evaluate): each is self-contained.
 */

/** Set the figure `figure` after or before another block (`data-block` ids, from markBlocks). */
export interface FigureMove {
  figure: string;
  after?: string;
  before?: string;
}

/** What findFigureMoves calls the notes and references, which follow each other on one page. */
export const BACK_MATTER = 'back-matter';

/**
 * Numbers the blocks of every chapter (its headings, paragraphs and figures) and marks each with
 * its chapter's id, and the back matter's with BACK_MATTER, before layout; sets tighter the
 * chapters `tight` names, a step each time it names them.
 */
export function markBlocks({ tight, backMatter }: { tight: string[]; backMatter: string }): void {
  for (const [i, block] of [...document.querySelectorAll('.chapter > *')].entries()) {
    block.setAttribute('data-block', String(i));
    block.setAttribute('data-chapter', block.parentElement?.id ?? '');
  }
  for (const block of document.querySelectorAll('.notes > *, .references > *')) {
    block.setAttribute('data-chapter', backMatter);
  }
  for (const id of tight) {
    const sections = id === backMatter ? '.notes, .references' : `[id="${id}"]`;
    for (const section of document.querySelectorAll(sections)) {
      section.setAttribute('data-tight', String(tight.filter((name) => name === id).length));
    }
  }
}

/**
 * Applies the moves in turn, but none that would take a figure past another: moves found in
 * different layouts can cross (one figure set down after a paragraph, the next set up before it),
 * and figures keep their numbers' order.
 */
export function applyFigureMoves(moves: FigureMove[]): void {
  for (const { figure, after, before } of moves) {
    const moved = document.querySelector(`[data-block="${figure}"]`);
    const anchor = document.querySelector(`[data-block="${after ?? before}"]`);
    if (!moved || !anchor) continue;
    const blocks = [...document.querySelectorAll('.chapter > *')];
    const from = blocks.indexOf(moved);
    const to = blocks.indexOf(anchor);
    const passed = blocks.slice(Math.min(from, to) + 1, Math.max(from, to));
    const ends = after ? (to > from ? [anchor] : []) : to < from ? [anchor] : [];
    if ([...passed, ...ends].some((block) => block.localName === 'figure')) continue;
    if (after) anchor.after(moved);
    else anchor.before(moved);
  }
}

/** What a layout leaves to do: its short pages, and the moves that could fill them. */
export interface FigureFloats {
  moves: FigureMove[];
  /**
   * The chapters (their ids) that end on a page of fewer than SPILL_LINES lines of their own, each
   * with how short of them it falls (1 for a page of nothing, near 0 for one almost full enough).
   */
  spills: Array<{ chapter: string; short: number }>;
  /**
   * The empty space on the pages that end short inside the run of chapters, each page's squared
   * (in pages: 0.25 for a half-empty page), so that two pages a third empty score better than one
   * two-thirds.
   */
  shortfall: number;
}

/**
 * In a laid-out document: the moves that would fill the pages left short before a figure, where
 * a tenth of the page or more is empty, and how much such space there is on all pages.
 */
export function findFigureMoves(): FigureFloats {
  // A page inside a chapter is filled to nine tenths: less than that reads as a hole in a
  // spread. Smaller gaps are the page's own (widows and orphans, a heading kept with its text).
  const MIN_GAP = 0.1;
  interface Block {
    id: string;
    tag: string;
    /** Paged.js's id of the chapter the block is in: fragments of one element share it. */
    chapter: string | null;
    /** All its fragments, on however many pages. */
    height: number;
    first: HTMLElement;
  }
  const blocks: Block[] = [];
  const byId = new Map<string, Block>();
  for (const element of document.querySelectorAll<HTMLElement>('.pagedjs_page [data-block]')) {
    const id = element.dataset.block as string;
    const height = element.getBoundingClientRect().height;
    const known = byId.get(id);
    if (known) {
      known.height += height;
      continue;
    }
    const block = {
      id,
      tag: element.localName,
      chapter: element.closest('section')?.getAttribute('data-ref') ?? null,
      height,
      first: element,
    };
    blocks.push(block);
    byId.set(id, block);
  }
  // No helper functions in here: the function is sent to the page as its source text.
  const heading = /^h[2-6]$/;
  const moves: FigureMove[] = [];
  for (const [index, block] of blocks.entries()) {
    // A chart printed as its table breaks across pages: it leaves no gap.
    if (block.tag !== 'figure' || block.first.hasAttribute('data-print-table')) continue;
    const page = block.first.closest('.pagedjs_page');
    const previous = page?.previousElementSibling;
    const area = previous?.querySelector('.pagedjs_page_content');
    if (!page || !previous || !area) continue;
    // The figure opens its page, alone or under the heading that keeps with it.
    const opening = page.querySelector<HTMLElement>('[data-block]');
    const above = blocks[index - 1];
    const opens =
      opening === block.first ||
      (above !== undefined && heading.test(above.tag) && opening === above.first);
    if (!opens) continue;
    const onPrevious = [...previous.querySelectorAll<HTMLElement>('[data-block]')];
    const last = onPrevious.at(-1);
    if (!last || last.closest('section')?.getAttribute('data-ref') !== block.chapter) continue;
    const box = area.getBoundingClientRect();
    let bottom = box.top;
    for (const element of onPrevious)
      bottom = Math.max(bottom, element.getBoundingClientRect().bottom);
    const gap = box.bottom - bottom;
    if (gap < MIN_GAP * box.height) continue;
    // Down: after the text that follows, until the gap is filled.
    let filled = 0;
    let after: string | undefined;
    for (const next of blocks.slice(index + 1)) {
      if (next.chapter !== block.chapter || next.tag === 'figure') break;
      filled += next.height;
      after = next.id;
      if (filled >= gap) break;
    }
    if (after && filled >= gap) {
      moves.push({ figure: block.id, after });
      continue;
    }
    // Up: before the short page's last paragraphs (and their heading), when with them the
    // figure fits there; never between a heading and its first paragraph.
    let room = gap;
    for (const element of [...onPrevious].reverse()) {
      if (!/^(p|ul|ol|blockquote|h[3-6])$/.test(element.localName)) break;
      if (element.closest('section')?.getAttribute('data-ref') !== block.chapter) break;
      room += element.getBoundingClientRect().height;
      const own = byId.get(element.dataset.block as string);
      const preceding = own ? blocks[blocks.indexOf(own) - 1] : undefined;
      if (room >= block.height && !(preceding && heading.test(preceding.tag))) {
        moves.push({ figure: block.id, before: element.dataset.block as string });
        break;
      }
    }
  }
  // Moves can undo each other (a figure moved up leaves the next one short): the printer keeps
  // the layout with the least empty space inside chapters.
  let shortfall = 0;
  for (const page of document.querySelectorAll('.pagedjs_page')) {
    const next = page.nextElementSibling;
    const area = page.querySelector('.pagedjs_page_content');
    const on = [...page.querySelectorAll<HTMLElement>('[data-block]')];
    const last = on.at(-1);
    // Chapters run on: a page short before the next chapter's title is a hole as any other.
    const following = next?.querySelector<HTMLElement>('[data-block]');
    if (!area || !last || !following) continue;
    const box = area.getBoundingClientRect();
    let bottom = box.top;
    for (const element of on) bottom = Math.max(bottom, element.getBoundingClientRect().bottom);
    const empty = (box.bottom - bottom) / box.height;
    if (empty >= MIN_GAP) shortfall += empty * empty;
  }
  // Spills: a chapter's last page, when the chapter runs onto it, holding a few lines alone.
  // About a quarter of a page: more than the test's 6, so that the last lines of a long chapter
  // come back too when setting it tighter can (a layout that cannot is not kept: print.ts). A
  // third was too many: setting a chapter tighter then opened gaps before its figures instead.
  const SPILL_LINES = 12;
  const spills: FigureFloats['spills'] = [];
  for (const page of document.querySelectorAll('.pagedjs_page')) {
    const on = [...page.querySelectorAll<HTMLElement>('[data-chapter]')];
    const first = on[0];
    const chapter = first?.dataset.chapter;
    const before = page.previousElementSibling?.querySelectorAll<HTMLElement>('[data-chapter]');
    const after = page.nextElementSibling?.querySelector<HTMLElement>('[data-chapter]');
    if (!first || !chapter || before?.[before.length - 1]?.dataset.chapter !== chapter) continue;
    if (after?.dataset.chapter === chapter) continue;
    let bottom = first.getBoundingClientRect().top;
    for (const element of on) bottom = Math.max(bottom, element.getBoundingClientRect().bottom);
    const height = bottom - first.getBoundingClientRect().top;
    const enough = SPILL_LINES * Number.parseFloat(getComputedStyle(first).lineHeight);
    if (height < enough) spills.push({ chapter, short: 1 - height / enough });
  }
  return { moves, shortfall, spills };
}
