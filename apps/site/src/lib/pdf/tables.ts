/**
 * The charts that print as their tables (Chart.astro, print.css), set for paper once the edition's
 * stylesheet and faces apply and before Paged.js lays the report out in pages:
 *
 * - A table longer than a page leaves its chapter for an appendix after the last one, where the
 *   back matter's wider text block sets it (pdf.css); in the chapter, a line in place of the
 *   table gives its figure's number and the page it is printed on. The figure keeps its number
 *   (Chart.astro's, the screen's): paper numbers no figure differently from the site.
 * - Each table's columns get widths found once for the whole table, at the width it prints at,
 *   written on every cell. Paged.js lays out each page's part of a table apart, and left to
 *   itself gives each part's columns their own widths (a column of names a word a line).
 * - A row taller than a share of a page (`rowShare`) is set as rows that continue it, each cell's
 *   words carried on where the one above stops (`rowBreaks`). Rows move whole between pages
 *   (pdf.css): one taller than a page would never fit, and Paged.js gives up on the document
 *   ("Layout repeated"); a long one would leave the page before it that much short.
 *
 * The functions run in the page (page.evaluate): each is self-contained.
 */

export interface TableMeasures {
  /** The text block's width and height in a chapter, as CSS lengths ("130mm"). */
  chapterWidth: string;
  pageHeight: string;
  /** The text block's width in the back matter, where the appendix prints. */
  backWidth: string;
  /** How tall a table row may print, in parts of the page's height, before it is continued. */
  rowShare: number;
  /** The source of `rowBreaks`, which the page compiles (a function cannot be passed to it). */
  rowBreaks: string;
}

/**
 * Where to break a run of `count` words into pieces that each fit: the end (exclusive) of each
 * piece, the last `count`. A piece is the longest that `fits(from, to)` allows, taken back to the
 * last sentence's end in it when that keeps at least half of it; a word too long to fit alone is a
 * piece of its own, so the run always ends. `sentenceEnds[i]` says whether word i closes a sentence.
 * Runs in the page too (arrangeTables compiles its source): self-contained.
 */
export function rowBreaks(
  count: number,
  fits: (from: number, to: number) => boolean,
  sentenceEnds: readonly boolean[],
): number[] {
  const ends: number[] = [];
  let from = 0;
  while (from < count) {
    // The longest piece that fits: double the step until one does not, then halve back.
    let good = from + 1;
    let step = 1;
    while (good + step <= count && fits(from, good + step)) {
      good += step;
      step *= 2;
    }
    for (step = Math.floor(step / 2); step >= 1; step = Math.floor(step / 2)) {
      if (good + step <= count && fits(from, good + step)) good += step;
    }
    let end = good;
    if (end < count) {
      for (let i = good - 1; i + 1 - from >= (good - from) / 2 && i >= from; i--) {
        if (sentenceEnds[i]) {
          end = i + 1;
          break;
        }
      }
    }
    ends.push(end);
    from = end;
  }
  return ends;
}

export function arrangeTables({
  chapterWidth,
  pageHeight,
  backWidth,
  rowShare,
  rowBreaks: rowBreaksSource,
}: TableMeasures): void {
  const breaks = new Function(`return ${rowBreaksSource}`)() as typeof rowBreaks;
  const px = (length: string) => {
    const probe = document.createElement('div');
    probe.style.height = length;
    document.body.append(probe);
    const height = probe.getBoundingClientRect().height;
    probe.remove();
    return height;
  };
  /**
   * Widths for the table's columns, in percent of `width`, that make the table short: each
   * column starts as wide as its longest word (or as sets its entries in two lines, see below),
   * and the rest of the width goes, a step at a time, to the column whose widening saves the most
   * lines, rows counted by their tallest cell. Lines are counted by breaking each cell's words at
   * spaces, measured in the cell's own font.
   */
  const columnWidths = (table: HTMLTableElement, width: string) => {
    const context = document.createElement('canvas').getContext('2d');
    const rows = [...table.rows].map((row) => [...row.cells]);
    const columns = rows[0]?.length ?? 0;
    if (!context || columns === 0) return [];
    const probe = rows[1]?.[0] ?? rows[0]?.[0];
    const style = probe ? getComputedStyle(probe) : undefined;
    const padding = style
      ? Number.parseFloat(style.paddingLeft) + Number.parseFloat(style.paddingRight)
      : 0;
    const cells = rows.map((row) =>
      row.map((cell) => {
        context.font = getComputedStyle(cell).font;
        const words = (cell.textContent ?? '').trim().split(/\s+/).filter(Boolean);
        return {
          words: words.map((word) => context.measureText(word).width),
          space: context.measureText(' ').width,
        };
      }),
    );
    const empty = { words: [], space: 0 };
    const lines = (cell: { words: number[]; space: number }, room: number) => {
      let count = cell.words.length > 0 ? 1 : 0;
      let used = 0;
      for (const word of cell.words) {
        if (used > 0 && used + cell.space + word > room) {
          count++;
          used = word;
        } else used += (used > 0 ? cell.space : 0) + word;
      }
      return count;
    };
    table.style.width = width;
    const total = table.getBoundingClientRect().width;
    table.style.removeProperty('width');
    const room = total - padding * columns;
    const widest = [...Array(columns).keys()].map((c) =>
      Math.max(0, ...cells.flatMap((row) => row[c]?.words ?? [])),
    );
    // Longest words wider than the table: the browser's own layout will have to do.
    if (widest.reduce((sum, w) => sum + w, 0) > room) {
      return widest.map((w) => ((w + padding) / total) * 100);
    }
    const step = room / 200;
    // A column of short entries ("Other or none stated") is first made wide enough to set each in
    // two lines at most, up to a share of the table: the fewest lines alone would leave it a word
    // a line beside a long column that sets the rows' height anyway.
    const SHORT = 0.22;
    const twoLines = widest.map((w, c) => {
      let width = w;
      while (width < SHORT * room && cells.some((row) => lines(row[c] ?? empty, width) > 2)) {
        width += step;
      }
      return Math.min(width, Math.max(w, SHORT * room));
    });
    const sizes = twoLines.reduce((sum, w) => sum + w, 0) <= room ? twoLines : [...widest];
    const height = (of: number[]) =>
      cells.reduce(
        (sum, row) => sum + Math.max(...row.map((cell, c) => lines(cell, of[c] ?? 0))),
        0,
      );
    let left = room - sizes.reduce((sum, w) => sum + w, 0);
    let current = height(sizes);
    while (left >= step) {
      // For each column, the fewest steps that save a line, and how many lines per step.
      let best: { column: number; steps: number; rate: number } | undefined;
      for (let c = 0; c < columns; c++) {
        for (let k = 1; k * step <= left; k++) {
          const trial = sizes.map((w, i) => (i === c ? w + k * step : w));
          const saved = current - height(trial);
          if (saved > 0) {
            if (!best || saved / k > best.rate) best = { column: c, steps: k, rate: saved / k };
            break;
          }
        }
      }
      if (!best) break;
      sizes[best.column] = (sizes[best.column] ?? 0) + best.steps * step;
      left -= best.steps * step;
      current = height(sizes);
    }
    // What saves no line is shared in proportion to the widths found.
    const found = sizes.reduce((sum, w) => sum + w, 0);
    return sizes.map((w) => ((w + (left * w) / found + padding) / total) * 100);
  };
  /**
   * A cell's content cut into pieces no taller than `limit`, at spaces between words, its inline
   * markup (a link) kept in each piece that has some of it. Measured in the cell itself, at its
   * column's width, which it is left holding the first piece.
   */
  const pieces = (cell: HTMLTableCellElement, limit: number): DocumentFragment[] => {
    const source = cell.cloneNode(true) as HTMLTableCellElement;
    // Word starts: (text node, offset) after each run of spaces, and whether the word before
    // closes a sentence.
    const starts: Array<{ node: Text; offset: number }> = [];
    const sentenceEnds: boolean[] = [];
    const walker = document.createTreeWalker(source, NodeFilter.SHOW_TEXT);
    for (
      let node = walker.nextNode() as Text | null;
      node;
      node = walker.nextNode() as Text | null
    ) {
      for (const space of node.data.matchAll(/\s+/g)) {
        const offset = (space.index ?? 0) + space[0].length;
        if (offset >= node.data.length || (starts.length === 0 && space.index === 0)) continue;
        starts.push({ node, offset });
        sentenceEnds.push(/[.;:!?]['"’”)]*$/.test(node.data.slice(0, space.index)));
      }
    }
    const range = (from: number, to: number) => {
      const r = document.createRange();
      r.selectNodeContents(source);
      const start = starts[from - 1];
      const end = starts[to - 1];
      if (start) r.setStart(start.node, start.offset);
      if (end && to < starts.length + 1) r.setEnd(end.node, end.offset);
      return r;
    };
    const height = () => {
      const r = document.createRange();
      r.selectNodeContents(cell);
      return r.getBoundingClientRect().height;
    };
    const fits = (from: number, to: number) => {
      cell.replaceChildren(range(from, to).cloneContents());
      return height() <= limit;
    };
    let from = 0;
    const out = breaks(starts.length + 1, fits, [...sentenceEnds, false]).map((to) => {
      const piece = range(from, to).cloneContents();
      from = to;
      return piece;
    });
    cell.replaceChildren(out[0]?.cloneNode(true) ?? '');
    return out;
  };
  const continueTallRows = (table: HTMLTableElement, width: string) => {
    const limit = px(pageHeight) * rowShare;
    table.style.width = width;
    for (const row of [...table.tBodies].flatMap((body) => [...body.rows])) {
      if (row.getBoundingClientRect().height <= limit) continue;
      const cells = [...row.cells].map((cell) => pieces(cell, limit));
      const count = Math.max(...cells.map((list) => list.length));
      let above = row;
      for (let k = 1; k < count; k++) {
        const next = row.cloneNode(false) as HTMLTableRowElement;
        for (const [c, cell] of [...row.cells].entries()) {
          const copy = cell.cloneNode(false) as HTMLTableCellElement;
          copy.removeAttribute('id');
          copy.append(cells[c]?.[k] ?? '');
          next.append(copy);
        }
        // The rule under a row is drawn under its last part only (pdf.css).
        above.classList.add('row-continues');
        above.after(next);
        above = next;
      }
    }
    table.style.removeProperty('width');
  };
  const moved: Array<{ chart: Element; scroll: Element }> = [];
  for (const chart of document.querySelectorAll('.chart[data-print-table]')) {
    const scroll = chart.querySelector('.table-scroll');
    const table = scroll?.querySelector('table');
    if (!scroll || !table) continue;
    table.style.width = chapterWidth;
    const long = table.getBoundingClientRect().height > px(pageHeight);
    table.style.removeProperty('width');
    if (long) moved.push({ chart, scroll });
    const widths = columnWidths(table, long ? backWidth : chapterWidth);
    for (const row of table.rows) {
      for (const [i, cell] of [...row.cells].entries()) {
        if (widths[i] !== undefined) cell.style.width = `${widths[i].toFixed(1)}%`;
      }
    }
    continueTallRows(table, long ? backWidth : chapterWidth);
  }
  const chapters = document.querySelectorAll('.chapter');
  const last = chapters[chapters.length - 1];
  if (moved.length === 0 || !last) return;
  const appendix = document.createElement('section');
  appendix.className = 'chapter appendix';
  appendix.setAttribute('aria-labelledby', 'appendix-title');
  const title = document.createElement('h2');
  title.id = 'appendix-title';
  title.textContent = 'Appendix';
  appendix.append(title);
  for (const { chart, scroll } of moved) {
    // Headed as in its chapter: the kicker ("Figure 7") over the headline. The figure keeps the
    // number the screen gives it, so a reader who cites "figure 7" from the site finds it here.
    const kicker = chart.querySelector('.figure-number');
    const number = kicker?.textContent;
    const heading = document.createElement('h3');
    heading.id = `appendix-${chart.id}`;
    heading.className = 'chart-head';
    const headline = chart.querySelector('.chart-headline');
    // The space keeps the two apart in the bookmark, which is the heading's text.
    heading.append(...(kicker ? [kicker, ' '] : []), ...(headline ? [headline] : []));
    const source = chart.querySelector('.chart-source');
    appendix.append(heading, scroll, ...(source ? [source] : []));
    // In the chapter, where the figure was: a line of the text saying where it is now (its page,
    // by pdf.css). A figure's frame around no drawing would read as a figure lost.
    const pointer = document.createElement('p');
    pointer.className = 'appendix-pointer';
    pointer.id = chart.id;
    const block = chart.getAttribute('data-block');
    if (block !== null) pointer.setAttribute('data-block', block);
    const link = document.createElement('a');
    link.href = `#${heading.id}`;
    link.textContent = 'in the appendix';
    pointer.append(`${number ?? 'The figure'} is printed as a table `, link, '.');
    chart.replaceWith(pointer);
  }
  last.after(appendix);
  const notes = document.querySelector('.toc a[href="#notes-heading"]')?.closest('li');
  if (notes) {
    // Back matter, as the notes: the contents number only the chapters of the argument.
    const entry = document.createElement('li');
    entry.className = 'unnumbered';
    const link = document.createElement('a');
    link.href = '#appendix-title';
    link.textContent = 'Appendix';
    entry.append(link);
    notes.before(entry);
  }
}
