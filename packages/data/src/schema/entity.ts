import { z } from 'zod';
import { Id } from './common.js';

/**
 * A country, organization, company, program, named system or group that records refer to by id.
 * Country ids are the lowercase ISO 3166-1 alpha-2 code (`ua`, `pl`).
 */
export const Entity = z
  .strictObject({
    id: Id,
    name: z.string().min(1),
    kind: z.enum(['country', 'organization', 'company', 'program', 'system', 'group']),
    /** ISO 3166-1 alpha-2 code, for countries only. */
    iso3166: z
      .string()
      .regex(/^[A-Z]{2}$/)
      .optional(),
    /** Other names the texts use. */
    aliases: z.array(z.string().min(1)).optional(),
    /** One line in our words. */
    description: z.string().min(1).optional(),
  })
  .superRefine((entity, ctx) => {
    if (entity.kind === 'country' && entity.iso3166?.toLowerCase() !== entity.id) {
      ctx.addIssue({
        code: 'custom',
        path: ['iso3166'],
        message: 'a country needs iso3166 equal to its id in upper case',
      });
    }
    if (entity.kind !== 'country' && entity.iso3166 !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['iso3166'], message: 'only countries have iso3166' });
    }
  });

export type EntityRecord = z.infer<typeof Entity>;
