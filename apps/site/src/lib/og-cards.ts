/**
 * Open Graph cards that many pages share. Most pages get a card drawn from their own title and
 * description (src/integrations/og-images.ts), but pages that multiply with the data share one
 * per kind: drawing a card takes about 50 ms, so one per figure made a 10,000-figure build spend
 * ten minutes on images. Their og:title and og:description still name the record, and those are
 * what link previews print beside the image.
 */
export const SHARED_CARDS = {
  figure: {
    title: 'A figure from the data set',
    description:
      'Every figure with its value, unit, period, who said it and a verbatim excerpt from its source.',
  },
} as const satisfies Record<string, { title: string; description: string }>;

export type SharedCard = keyof typeof SHARED_CARDS;
