import type { SourceRecord } from '../../src/core/records.js';

/** The fields of a source the charts read: the source note cites author, title and date. */
export const sources: readonly Pick<SourceRecord, 'id' | 'title' | 'author' | 'date'>[] = [
  {
    id: 'fixture-industry-report',
    title: "Europe's drone industrial revolution and Ukraine's role",
    author: null,
    date: '2026-04/..',
  },
  {
    id: 'fixture-op-ed',
    title: 'Joint EU–Ukraine defense-tech investment and the value of speed',
    author: null,
    date: '2026',
  },
  {
    id: 'fixture-poland-news',
    title: "Poland Seeks Ukraine's Drone Warfare Expertise After Russian Breach",
    author: null,
    date: '2025-09',
  },
  {
    id: 'fixture-signed-op-ed',
    title: "Ukrainian drone instructors in Denmark; Ukraine as Europe's new military power",
    author: 'Peter Dickinson',
    date: '2025-10',
  },
  {
    id: 'fixture-training-news',
    title: 'Global rush to Ukraine for drone warfare training reshapes security landscape',
    author: null,
    date: '2025/2026',
  },
];
