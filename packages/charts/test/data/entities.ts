import type { EntityRecord } from '../../src/core/records.js';

/**
 * The fields of an entity the charts read: its name, its kind (a country is drawn, a firm named)
 * and, for a firm, the country the texts tie it to (a country takes part through it).
 */
export const entities: readonly (Pick<EntityRecord, 'id' | 'name' | 'kind'> &
  Partial<Pick<EntityRecord, 'country'>>)[] = [
  {
    id: 'asgard',
    name: 'ASGARD',
    kind: 'system',
  },
  {
    id: 'bh',
    name: 'Bahrain',
    kind: 'country',
  },
  {
    id: 'cartels',
    name: 'Cartels (unnamed)',
    kind: 'group',
  },
  {
    id: 'de',
    name: 'Germany',
    kind: 'country',
  },
  {
    id: 'dk',
    name: 'Denmark',
    kind: 'country',
  },
  {
    id: 'drone-wall',
    name: 'Drone Wall initiative',
    kind: 'program',
  },
  {
    id: 'european-union',
    name: 'European Union',
    kind: 'organization',
  },
  {
    id: 'f-35',
    name: 'F-35',
    kind: 'system',
  },
  {
    id: 'fr',
    name: 'France',
    kind: 'country',
  },
  {
    id: 'frontline-robotics',
    name: 'Frontline Robotics',
    kind: 'company',
    country: 'ua',
  },
  {
    id: 'gazprom',
    name: 'Gazprom',
    kind: 'company',
  },
  {
    id: 'gb',
    name: 'United Kingdom',
    kind: 'country',
  },
  {
    id: 'ht',
    name: 'Haiti',
    kind: 'country',
  },
  {
    id: 'ir',
    name: 'Iran',
    kind: 'country',
  },
  {
    id: 'it',
    name: 'Italy',
    kind: 'country',
  },
  {
    id: 'kp',
    name: 'North Korea',
    kind: 'country',
  },
  {
    id: 'leap',
    name: 'Low-Cost Effectors and Autonomous Platforms',
    kind: 'program',
  },
  {
    id: 'lt',
    name: 'Lithuania',
    kind: 'country',
  },
  {
    id: 'nato',
    name: 'NATO',
    kind: 'organization',
  },
  {
    id: 'patriot',
    name: 'Patriot',
    kind: 'system',
  },
  {
    id: 'pl',
    name: 'Poland',
    kind: 'country',
  },
  {
    id: 'quantum-systems',
    name: 'Quantum Systems',
    kind: 'company',
    country: 'de',
  },
  {
    id: 'ru',
    name: 'Russia',
    kind: 'country',
  },
  {
    id: 'sd',
    name: 'Sudan',
    kind: 'country',
  },
  {
    id: 'security-service-of-ukraine',
    name: 'Security Service of Ukraine',
    kind: 'organization',
  },
  {
    id: 'ua',
    name: 'Ukraine',
    kind: 'country',
  },
  {
    id: 'uranos-ki',
    name: 'Uranos KI',
    kind: 'system',
  },
  {
    id: 'us',
    name: 'United States',
    kind: 'country',
  },
  {
    id: 'us-homeland-security',
    name: 'U.S. Homeland Security',
    kind: 'organization',
  },
  {
    id: 've',
    name: 'Venezuela',
    kind: 'country',
  },
];
