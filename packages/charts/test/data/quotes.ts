import type { Quote } from '@ua-drones/data';

export const quotes: readonly Quote[] = [
  {
    id: 'fixture-drone-wall-quote',
    speaker: {
      name: 'Volodymyr Zelenskyy',
      role: 'Ukrainian President',
    },
    speaksFor: 'ua',
    text: 'Our experience, our specialists, and our technologies can become a key element in Europe’s future Drone Wall initiative',
    date: '2025-09-30',
    dateInferred: true,
    dateReason: 'The text says "September 30"; the year 2025 is inferred from the article\'s date.',
    topics: ['cooperation', 'air-defense'],
    source: 'fixture-signed-op-ed',
    excerpt:
      'Ukrainian President Volodymyr Zelenskyy is well aware of his country’s rising military profile and sees the current mission to Denmark as a potential model for a more comprehensive approach to Ukrainian drone warfare training initiatives with other European countries. “Our experience, our specialists, and our technologies can become a key element in Europe’s future Drone Wall initiative,” he commented on September 30.',
    datePrecision: 'day',
    errata: [],
  },
];
