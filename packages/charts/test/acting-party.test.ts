import { describe, expect, test } from 'vitest';
import { actingParty } from '../src/core/acting-party.js';
import type { EntityRecord, EventRecord } from '../src/core/records.js';

const country = (id: string) => ({ id, name: id.toUpperCase(), kind: 'country' }) as EntityRecord;
const ENTITIES = [
  ...['ua', 'ru', 'by', 'pl', 'dk', 'lt', 'ir', 'bh', 'us', 'kp'].map(country),
  { id: 'nato', name: 'NATO', kind: 'organization' },
  { id: 'ukrainian-air-force', name: 'Ukrainian Air Force', kind: 'organization', country: 'ua' },
  { id: 'ua-firms', name: 'Ukrainian firms', kind: 'company', country: 'ua' },
  { id: 'dk-firms', name: 'Danish firms', kind: 'company', country: 'dk' },
  { id: 'lt-firms', name: 'Lithuanian firms', kind: 'company', country: 'lt' },
  { id: 'patriot', name: 'Patriot', kind: 'system', country: 'us' },
  { id: 'sichen', name: 'Sichen', kind: 'system', country: 'ua' },
] as EntityRecord[];
const lookup = (id: string) => ENTITIES.find((entity) => entity.id === id);
const party = (kind: EventRecord['kind'], ...actors: string[]) =>
  actingParty({ kind, actors } as EventRecord, lookup);

describe('actingParty(event)', () => {
  test('takes the first party listed that has a colour', () => {
    expect(party('incursion', 'ru', 'pl')).toBe('russia');
    expect(party('deployment', 'nato', 'pl', 'ru')).toBe('europe');
    expect(party('training-mission', 'ua', 'dk')).toBe('ukraine');
  });
  test('lets a grey party yield to the coloured one it acts with', () => {
    expect(party('other', 'by', 'ru', 'pl')).toBe('russia');
    expect(party('statement', 'kp', 'ru')).toBe('russia');
  });
  test('takes the country of a state body or firm it names, before the countries listed', () => {
    // "Ukraine reports shooting down most of the Russian drones launched in one night"
    expect(party('strike', 'ru', 'ua', 'ukrainian-air-force')).toBe('ukraine');
  });
  test('gives a joint act of Ukraine and European partners the European colour, in any order', () => {
    expect(party('investment', 'ua-firms', 'dk-firms', 'lt-firms')).toBe('europe');
    expect(party('agreement', 'ua', 'pl')).toBe('europe');
    expect(party('agreement', 'pl', 'ua')).toBe('europe');
  });
  test('is grey only when no coloured party acts; a system is never a party', () => {
    expect(party('strike', 'ir', 'bh', 'us', 'patriot')).toBe('other');
    expect(party('unveiling', 'sichen')).toBe('other');
  });
});
