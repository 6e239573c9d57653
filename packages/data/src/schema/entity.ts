import { z } from 'zod';
import { Id } from './common.ts';

const EntityKind = z
  .enum(['country', 'organization', 'company', 'program', 'system', 'group'])
  .describe('country, organization, company, program, system or group.');

/**
 * A country, organization, company, program, named system or group that records refer to by id.
 * Country ids are the lowercase ISO 3166-1 alpha-2 code (`ua`, `pl`).
 */
export const EntityFields = z.strictObject({
  id: Id.describe('Stable kebab-case id; for a country its lowercase ISO 3166-1 alpha-2 code.'),
  name: z.string().min(1).describe('Name in English.'),
  kind: EntityKind,
  iso3166: z
    .string()
    .regex(/^[A-Z]{2}$/, 'must be two upper-case letters (ISO 3166-1 alpha-2)')
    .optional()
    .describe('ISO 3166-1 alpha-2 code, for countries only.'),
  country: Id.nullable()
    .optional()
    .describe(
      'Id of the country the texts tie the entity to ("Ukraine\'s Frontline Robotics", "four companies from Ukraine"): its lowercase ISO 3166-1 alpha-2 code; for a country, itself (derived). Required for a company: null when the texts do not say, with `countryReason`.',
    ),
  countryReason: z
    .string()
    .min(1)
    .optional()
    .describe("Why a company's country is null: what the texts say instead."),
  named: z
    .boolean()
    .optional()
    .describe(
      'False for a party the texts count or describe without naming it ("four companies from Ukraine"); true otherwise (the default).',
    ),
  aliases: z.array(z.string().min(1)).optional().describe('Other names the texts use.'),
  description: z
    .string()
    .min(1)
    .optional()
    .describe('One line in our words; facts only from the sources.'),
});

export const Entity = EntityFields.superRefine((entity, ctx) => {
  if (entity.kind === 'country' && entity.iso3166?.toLowerCase() !== entity.id) {
    ctx.addIssue({
      code: 'custom',
      path: ['iso3166'],
      message: `a country needs iso3166 equal to its id in upper case ("${entity.id.toUpperCase()}")`,
    });
  }
  if (entity.kind === 'country' && entity.country !== undefined)
    ctx.addIssue({
      code: 'custom',
      path: ['country'],
      message: 'a country is its own country: leave country out',
    });
  if (entity.country !== null && entity.countryReason !== undefined)
    ctx.addIssue({
      code: 'custom',
      path: ['countryReason'],
      message: 'only for a null country: say why the texts give none, or remove the reason',
    });
  if (entity.kind === 'company' && entity.country === undefined)
    ctx.addIssue({
      code: 'custom',
      path: ['country'],
      message:
        'missing: a company needs the country the texts tie it to (e.g. country: ua for "Ukraine\'s Frontline Robotics"), or country: null with a countryReason when they name none',
    });
  if (entity.country === null && entity.countryReason === undefined)
    ctx.addIssue({
      code: 'custom',
      path: ['countryReason'],
      message: 'missing: say why the country is null (what the texts say instead)',
    });
  if (entity.kind !== 'country' && entity.iso3166 !== undefined) {
    ctx.addIssue({ code: 'custom', path: ['iso3166'], message: 'only countries have iso3166' });
  }
});

export type EntityRecord = z.infer<typeof Entity>;
