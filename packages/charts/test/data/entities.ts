import type { EntityRecord } from '../../src/core/records.js';

export const entities: readonly EntityRecord[] = [
  {
    id: 'asgard',
    name: 'ASGARD',
    kind: 'system',
    description:
      "Britain's system whose developers claim it can reduce the kill chain from detection to strike decision to under a minute; slated for completion by 2027.",
  },
  {
    id: 'bh',
    name: 'Bahrain',
    kind: 'country',
    iso3166: 'BH',
  },
  {
    id: 'cartels',
    name: 'Cartels (unnamed)',
    kind: 'group',
    description:
      'Cartels whose drone flights U.S. Homeland Security officials detect near the southern border; the text names neither the cartels nor their country.',
  },
  {
    id: 'de',
    name: 'Germany',
    kind: 'country',
    iso3166: 'DE',
  },
  {
    id: 'dk',
    name: 'Denmark',
    kind: 'country',
    iso3166: 'DK',
  },
  {
    id: 'drone-wall',
    name: 'Drone Wall initiative',
    kind: 'program',
    aliases: ["Europe's future Drone Wall initiative"],
    description:
      "Europe's future Drone Wall initiative, of which Zelenskyy says Ukraine's experience, specialists and technologies can become a key element.",
  },
  {
    id: 'european-union',
    name: 'European Union',
    kind: 'organization',
    aliases: ['EU'],
  },
  {
    id: 'f-35',
    name: 'F-35',
    kind: 'system',
    description:
      'Fighter jets scrambled to shoot down Russian drones in NATO airspace in September 2025.',
  },
  {
    id: 'fr',
    name: 'France',
    kind: 'country',
    iso3166: 'FR',
  },
  {
    id: 'frontline-robotics',
    name: 'Frontline Robotics',
    kind: 'company',
    description: 'Ukrainian partner in Quantum Frontline Industries.',
  },
  {
    id: 'gazprom',
    name: 'Gazprom',
    kind: 'company',
    description: 'State oil company that owns the Salavat oil refinery in Bashkortostan.',
  },
  {
    id: 'gb',
    name: 'United Kingdom',
    kind: 'country',
    iso3166: 'GB',
    aliases: ['UK', 'Britain'],
  },
  {
    id: 'ht',
    name: 'Haiti',
    kind: 'country',
    iso3166: 'HT',
  },
  {
    id: 'ir',
    name: 'Iran',
    kind: 'country',
    iso3166: 'IR',
  },
  {
    id: 'it',
    name: 'Italy',
    kind: 'country',
    iso3166: 'IT',
  },
  {
    id: 'kp',
    name: 'North Korea',
    kind: 'country',
    iso3166: 'KP',
    aliases: ['Pyongyang'],
  },
  {
    id: 'leap',
    name: 'Low-Cost Effectors and Autonomous Platforms',
    kind: 'program',
    aliases: ['LEAP'],
    description:
      'Project unveiled in February 2026 by France, Germany, Italy, Poland and the UK for joint production of low-cost air defense systems and autonomous drones with Ukrainian expertise.',
  },
  {
    id: 'lt',
    name: 'Lithuania',
    kind: 'country',
    iso3166: 'LT',
  },
  {
    id: 'nato',
    name: 'NATO',
    kind: 'organization',
    aliases: ['NATO alliance'],
  },
  {
    id: 'patriot',
    name: 'Patriot',
    kind: 'system',
    description:
      'System whose interceptors America burned through during the Iran war; Bahrain depleted 87% of its Patriot interceptors.',
  },
  {
    id: 'pl',
    name: 'Poland',
    kind: 'country',
    iso3166: 'PL',
  },
  {
    id: 'quantum-systems',
    name: 'Quantum Systems',
    kind: 'company',
    description: 'German partner in Quantum Frontline Industries.',
  },
  {
    id: 'ru',
    name: 'Russia',
    kind: 'country',
    iso3166: 'RU',
    aliases: ['Russian Federation'],
  },
  {
    id: 'sd',
    name: 'Sudan',
    kind: 'country',
    iso3166: 'SD',
  },
  {
    id: 'security-service-of-ukraine',
    name: 'Security Service of Ukraine',
    kind: 'organization',
    aliases: ["Ukraine's Security Service"],
    description:
      'Ukrainian service one of whose officials confirmed to the Associated Press that it carried out the drone attack on the Salavat oil refinery.',
  },
  {
    id: 'ua',
    name: 'Ukraine',
    kind: 'country',
    iso3166: 'UA',
  },
  {
    id: 'uranos-ki',
    name: 'Uranos KI',
    kind: 'system',
    description: "Germany's targeting web, slated for initial deployment in 2026.",
  },
  {
    id: 'us',
    name: 'United States',
    kind: 'country',
    iso3166: 'US',
    aliases: ['US', 'U.S.'],
  },
  {
    id: 'us-homeland-security',
    name: 'U.S. Homeland Security',
    kind: 'organization',
    description:
      'US government officials who report cartel drone flights near the southern border.',
  },
  {
    id: 've',
    name: 'Venezuela',
    kind: 'country',
    iso3166: 'VE',
  },
];
