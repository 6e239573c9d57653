import type { SourceRecord } from '../../src/core/records.js';

/**
 * The fields of a source the charts read: the credit line cites author, title (quoted only when
 * given) and date (inferred or read); labels name a source by its short name.
 */
export const sources: readonly Pick<
  SourceRecord,
  'id' | 'title' | 'titleGiven' | 'shortName' | 'author' | 'date' | 'dateInferred'
>[] = [
  {
    id: 'fixture-industry-report',
    title: "Europe's drone industrial revolution and Ukraine's role",
    titleGiven: false,
    shortName: 'the industry analysis',
    author: null,
    date: '2026-04/..',
    dateInferred: false,
  },
  {
    id: 'fixture-op-ed',
    title: 'Joint EU–Ukraine defense-tech investment and the value of speed',
    titleGiven: false,
    shortName: 'the Kyiv op-ed',
    author: null,
    date: '2026',
    dateInferred: true,
  },
  {
    id: 'fixture-poland-news',
    title: "Poland Seeks Ukraine's Drone Warfare Expertise After Russian Breach",
    titleGiven: true,
    shortName: 'the Poland blog post',
    author: null,
    date: '2025-09',
    dateInferred: false,
  },
  {
    id: 'fixture-signed-op-ed',
    title: "Ukrainian drone instructors in Denmark; Ukraine as Europe's new military power",
    titleGiven: false,
    shortName: 'Dickinson',
    author: 'Peter Dickinson',
    date: '2025-10',
    dateInferred: true,
  },
  {
    id: 'fixture-training-news',
    title: 'Global rush to Ukraine for drone warfare training reshapes security landscape',
    titleGiven: true,
    shortName: 'the global-rush report',
    author: null,
    date: '2025/2026',
    dateInferred: true,
  },
];
