import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/** The report's chapters: one MDX file each, ordered by `order`. See WRITING.md. */
const report = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './src/content/report' }),
  schema: z.strictObject({
    /** Chapter title, shown as the section heading and in the table of contents. */
    title: z.string().min(1),
    /** One or two sentences: the chapter's point. Used in the TOC and in search results. */
    description: z.string().min(1).max(320),
    /** Position in the report (chapters sort by it; must be unique). */
    order: z.number().int().nonnegative(),
    /** Drafts are left out of the build. */
    draft: z.boolean().default(false),
    /** The component sample: built at /writing/sample/, never part of the report. */
    sample: z.boolean().default(false),
    /**
     * The report's key findings: shown above the contents, not as a chapter. One file only; its
     * notes number first, since it is read first.
     */
    findings: z.boolean().default(false),
    /**
     * Whether the contents number the chapter. Front and back matter (an introduction, a note on
     * the evidence) are not chapters of the argument and go unnumbered, as the key findings,
     * notes and references do.
     */
    numbered: z.boolean().default(true),
  }),
});

export const collections = { report };
