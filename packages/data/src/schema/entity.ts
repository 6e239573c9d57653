import { z } from 'zod';
import { Id } from './common.ts';

const EntityKind = z
  .enum(['country', 'organization', 'company', 'program', 'system', 'group'])
  .describe('country, organization, company, program, system or group.');

/**
 * A country, organization, company, program, named system or group that records refer to by id.
 * Country ids are the lowercase ISO 3166-1 alpha-2 code (`ua`, `pl`).
 */
export const Entity = z
  .strictObject({
    id: Id.describe('Stable kebab-case id; for a country its lowercase ISO 3166-1 alpha-2 code.'),
    name: z.string().min(1).describe('Name in English.'),
    kind: EntityKind,
    iso3166: z
      .string()
      .regex(/^[A-Z]{2}$/, 'must be two upper-case letters (ISO 3166-1 alpha-2)')
      .optional()
      .describe('ISO 3166-1 alpha-2 code, for countries only.'),
    aliases: z.array(z.string().min(1)).optional().describe('Other names the texts use.'),
    description: z
      .string()
      .min(1)
      .optional()
      .describe('One line in our words; facts only from the sources.'),
  })
  .superRefine((entity, ctx) => {
    if (entity.kind === 'country' && entity.iso3166?.toLowerCase() !== entity.id) {
      ctx.addIssue({
        code: 'custom',
        path: ['iso3166'],
        message: `a country needs iso3166 equal to its id in upper case ("${entity.id.toUpperCase()}")`,
      });
    }
    if (entity.kind !== 'country' && entity.iso3166 !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['iso3166'], message: 'only countries have iso3166' });
    }
  });

export type EntityRecord = z.infer<typeof Entity>;
