import * as Plot from '@observablehq/plot';
import { defineChart } from '../core/chart.js';
import { entity, entityName } from '../core/lookup.js';
import { PALETTE } from '../core/palette.js';
import { PARTNERSHIP_GROUPS, partnershipGroupOf } from '../core/partnership-groups.js';
import { pixelPlot } from '../core/pixel-plot.js';
import type { PartnershipRecord } from '../core/records.js';
import { citationMark, citationNumbers } from '../core/sources.js';
import { wrap } from '../core/text.js';

const NAME = 'matrix';
const CELL = 18;
const LINE = 14;
const TOP = 74;

/** Seven partnership kinds in four colour-blind-safe groups. */

const groupOf = (p: PartnershipRecord) => partnershipGroupOf(p.kind);

const isCountry = (id: string) => entity(id)?.kind === 'country';

const ordered = (partnerships: readonly PartnershipRecord[]) =>
  [...partnerships].sort(
    (a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.id.localeCompare(b.id),
  );

/** Member countries as columns, Ukraine first, then by how many partnerships they are in. */
function countryColumns(partnerships: readonly PartnershipRecord[]): string[] {
  const counts = new Map<string, number>();
  for (const p of partnerships) {
    for (const m of p.members) if (isCountry(m)) counts.set(m, (counts.get(m) ?? 0) + 1);
  }
  return [...counts]
    .sort(
      ([a, x], [b, y]) => Number(b === 'ua') - Number(a === 'ua') || y - x || a.localeCompare(b),
    )
    .map(([id]) => id);
}

const otherMembers = (p: PartnershipRecord) =>
  p.members.filter((m) => !isCountry(m)).map(entityName);

/** Which countries take part in which partnership: one row per partnership, one column per country. */
export const matrix = defineChart<PartnershipRecord>({
  name: NAME,
  title: 'Who cooperates with whom',
  expects: {
    kind: 'partnership',
    description: 'partnerships (countries, firms and bodies as members)',
  },
  describe(partnerships) {
    const columns = countryColumns(partnerships);
    const counts = columns.map(
      (c) => `${entityName(c)} ${partnerships.filter((p) => p.members.includes(c)).length}`,
    );
    return (
      `${partnerships.length} partnerships across ${columns.length} countries. Partnerships per country: ${counts.join(', ')}. ` +
      ordered(partnerships)
        .map((p) => `${p.name} (${p.kind}): ${p.members.map(entityName).join(', ')}.`)
        .join(' ')
    );
  },
  toTable(partnerships) {
    const columns = countryColumns(partnerships);
    return {
      columns: [
        { key: 'id', label: 'Partnership' },
        { key: 'name', label: 'Name' },
        { key: 'kind', label: 'Kind' },
        { key: 'date', label: 'Date' },
        ...columns.map((c) => ({ key: c, label: entityName(c) })),
        { key: 'others', label: 'Other members' },
        { key: 'source', label: 'Source' },
      ],
      rows: ordered(partnerships).map((p) => ({
        id: p.id,
        name: p.name,
        kind: p.kind,
        date: p.date,
        ...Object.fromEntries(columns.map((c) => [c, p.members.includes(c) ? 'member' : ''])),
        others: otherMembers(p).join('; '),
        source: p.source,
      })),
    };
  },
  draw(partnerships, { document, width }) {
    const numbers = citationNumbers(partnerships);
    const columns = countryColumns(partnerships);
    // Room on the right for the slanted column labels.
    const gridLeft = width - 44 - columns.length * CELL;
    const labelWidth = gridLeft - 20;
    let y = TOP;
    const rows = ordered(partnerships).map((p) => {
      const others = otherMembers(p);
      const text = `${p.name}${others.length ? ` (${others.join(', ')})` : ''} ${citationMark(numbers, p)}`;
      const lines = wrap(text, labelWidth, 11);
      const top = y;
      y += Math.max(CELL, lines.length * LINE) + 4;
      return { p, lines: lines.join('\n'), top, color: PALETTE[groupOf(p)] as string };
    });
    const height = y + 4;
    const cells = rows.flatMap((row) =>
      columns.flatMap((c, i) =>
        row.p.members.includes(c) ? [{ x: gridLeft + i * CELL, y: row.top, color: row.color }] : [],
      ),
    );
    const plot = pixelPlot({ document, width }, height, [
      // One pale band per row stands for the empty cells: a rect per cell would double the bytes.
      Plot.rect(rows, {
        x1: gridLeft,
        x2: gridLeft + columns.length * CELL - 2,
        y1: 'top',
        y2: (r) => r.top + CELL - 2,
        fill: 'currentColor',
        fillOpacity: 0.07,
      }),
      Plot.ruleX(columns.slice(1), {
        x: (_, i) => gridLeft + (i + 1) * CELL - 1,
        y1: TOP,
        y2: height - 6,
        stroke: 'currentColor',
        strokeOpacity: 0.1,
      }),
      Plot.rect(cells, {
        x1: 'x',
        x2: (c) => c.x + CELL - 2,
        y1: 'y',
        y2: (c) => c.y + CELL - 2,
        fill: 'color',
      }),
      Plot.text(columns, {
        x: (_, i) => gridLeft + i * CELL + CELL / 2 - 1,
        y: TOP - 6,
        text: (c: string) => entityName(c),
        rotate: -60,
        textAnchor: 'start',
        fontSize: 11,
      }),
      Plot.text(rows, {
        x: 12,
        y: (r) => r.top + 1,
        text: 'lines',
        textAnchor: 'start',
        lineAnchor: 'top',
        lineHeight: LINE / 11,
        fontSize: 11,
      }),
    ]);
    return {
      plot,
      height,
      subtitle: 'Member countries of each partnership; firms and other bodies in brackets.',
      legend: PARTNERSHIP_GROUPS.map((g, i) => ({ label: g.label, color: i })),
    };
  },
});
