// Writes dist/charts.css: the stylesheet every chart carries in its <style>, for pages that render
// charts with `stylesheet: false` and link it once. palette.ts imports nothing, so Node runs it as is.
import { writeFileSync } from 'node:fs';
import { chartStyle } from '../src/core/palette.ts';

const rules = chartStyle().replaceAll('}', '}\n');
writeFileSync(
  new URL('../dist/charts.css', import.meta.url),
  `/* @ua-drones/charts: the palette and text classes of every chart. */\n${rules}`,
);
