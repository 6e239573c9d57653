import type { PartnershipRecord } from '../../src/core/records.js';

export const partnerships: readonly PartnershipRecord[] = [
  {
    id: 'fixture-denmark-training-mission',
    name: 'Ukrainian drone-warfare training mission to Denmark',
    kind: 'training-mission',
    members: ['ua', 'dk'],
    date: '2025',
    dateInferred: true,
    dateReason:
      'Began "this week" in an article of about early October 2025 (its latest dated items are an image caption of September 26, 2025 and a remark of September 30); only the year is given.',
    status: 'reported',
    covers:
      'Ukrainian military personnel share their drone-warfare knowledge with Danish colleagues after suspicious drone activity over Danish airports; Zelenskyy sees it, Dickinson writes, as a potential model for training initiatives with other European countries.',
    topics: ['cooperation', 'air-defense'],
    source: 'fixture-signed-op-ed',
    excerpt:
      'Ukrainian military personnel arrived in Denmark this week to share their unique knowledge of drone warfare with Danish colleagues.',
    datePrecision: 'year',
    errata: [],
  },
  {
    id: 'fixture-poland-training-plan',
    name: 'Planned Poland–Ukraine joint anti-drone training',
    kind: 'training-mission',
    members: ['pl', 'ua'],
    date: '2025-09',
    dateInferred: true,
    dateReason:
      "Part of Poland's response to the Russian incursion of \"early September\"; the plan's own date is not given, so the month is inferred, as is the year, from the article's date.",
    status: 'planned',
    covers:
      "Joint anti-drone training with the Ukrainian military, planned as part of Poland's response to the Russian drone incursion of early September.",
    topics: ['cooperation', 'air-defense'],
    source: 'fixture-signed-op-ed',
    excerpt:
      'When Russian drones penetrated Polish airspace in early September, Poland’s response included plans to establish joint anti-drone training together with the Ukrainian military.',
    datePrecision: 'month',
    errata: [],
  },
  {
    id: 'fixture-poland-memorandum',
    name: 'Poland–Ukraine memorandum on a joint working group for uncrewed systems',
    kind: 'memorandum',
    members: ['pl', 'ua'],
    date: '2025-09',
    dateInferred: true,
    dateReason:
      'Signed, by the context, on the day of the Kyiv announcement, made on "a recent Thursday" in response to the incursion of "just over a week ago", in a blog post dated September 2025 by what is known of the source\'s origin; the month is inferred.',
    status: 'reported',
    covers:
      "Signed in Kyiv by defense ministers Denys Shmyhal and Wladyslaw Kosiniak-Kamysz: a joint working group on uncrewed systems development that formalizes the transfer of Ukraine's battlefield know-how to Poland.",
    topics: ['cooperation', 'production'],
    source: 'fixture-poland-news',
    excerpt:
      'His visiting Polish counterpart, Wladyslaw Kosiniak-Kamysz, signed a memorandum alongside Shmyhal to establish a joint working group dedicated to Uncrewed Systems Development.',
    datePrecision: 'month',
    errata: [],
  },
  {
    id: 'fixture-leap',
    name: 'Low-Cost Effectors and Autonomous Platforms (LEAP)',
    kind: 'program',
    members: ['fr', 'de', 'it', 'pl', 'gb'],
    date: '2026-02',
    dateInferred: false,
    dateReason: null,
    status: 'reported',
    covers:
      'A project that calls for joint production of low-cost air defense systems and autonomous drones with Ukrainian expertise.',
    topics: ['cooperation', 'production', 'air-defense', 'autonomy-law'],
    source: 'fixture-industry-report',
    excerpt:
      'In February 2026, the governments of France, Germany, Italy, Poland and the UK unveiled the project entitled Low-Cost Effectors and Autonomous Platforms (LEAP), which calls for a joint production of low-cost air defense systems and drones of autonomous type with Ukrainian expertise.',
    datePrecision: 'month',
    errata: [],
  },
  {
    id: 'fixture-firms-joint-venture',
    name: 'Quantum Frontline Industries',
    kind: 'joint-venture',
    members: ['frontline-robotics', 'quantum-systems'],
    date: '2025-12',
    dateInferred: false,
    dateReason: null,
    status: 'reported',
    covers:
      "A partnership of Ukraine's Frontline Robotics and Germany's Quantum Systems joining Ukrainian combat experience with German industrial scale, centered on the Linza strike and reconnaissance drone and the Zoom surveillance platform.",
    topics: ['cooperation', 'production'],
    source: 'fixture-industry-report',
    excerpt:
      'In December 2025, Quantum Frontline Industries was established, a partnership between Ukraine’s Frontline Robotics and Germany’s Quantum Systems, which brings Ukrainian combat experience and German industrial scale. The partnership is centered on the Linza strike and reconnaissance drone, which are already used at the front in Ukraine, as well as the Zoom surveillance platform.',
    datePrecision: 'month',
    errata: [],
  },
  {
    id: 'fixture-ua-dk-lt-joint-venture',
    name: '800-million-euro joint venture of Ukrainian, Danish and Lithuanian manufacturers',
    kind: 'joint-venture',
    members: ['ua', 'dk', 'lt'],
    date: '2026-02',
    dateInferred: true,
    dateReason:
      '"At the same time" follows the February 2026 unveiling of LEAP; the month is inferred.',
    status: 'reported',
    covers:
      'A joint venture worth 800 million euros between four Ukrainian companies and manufacturers from Denmark and Lithuania; the text does not say what it produces.',
    topics: ['cooperation', 'industry-finance'],
    source: 'fixture-industry-report',
    excerpt:
      'At the same time four companies from Ukraine and manufacturers from Denmark and Lithuania inked an 800-million-euro joint venture.',
    datePrecision: 'month',
    errata: [],
  },
  {
    id: 'fixture-sudan-training',
    name: "Ukrainian special forces' drone training of Sudanese troops",
    kind: 'training-mission',
    members: ['ua', 'sd'],
    date: '2023',
    dateInferred: false,
    dateReason: null,
    status: 'attributed',
    covers:
      'Ukrainian special forces trained Sudanese troops in drone operations used against Russian-backed forces.',
    topics: ['proliferation', 'cooperation'],
    source: 'fixture-training-news',
    excerpt:
      'Ukrainian defense officials have described a broader export of drone expertise: Ukrainian special forces trained Sudanese troops in 2023 in drone operations used against Russian-backed forces',
    datePrecision: 'year',
    errata: [],
  },
  {
    id: 'fixture-uk-mass-production',
    name: 'British mass production of drones developed with Ukraine',
    kind: 'production',
    members: ['gb', 'ua'],
    date: null,
    dateInferred: false,
    dateReason:
      'The text gives only when Britain confirmed it ("recently", about 2025), not when the collaboration was agreed.',
    status: 'planned',
    covers:
      "Britain will mass-produce drones developed in collaboration with Ukraine, to strengthen NATO's eastern flank against the threat of Russian incursions.",
    topics: ['production', 'cooperation'],
    source: 'fixture-signed-op-ed',
    excerpt:
      'Britain recently confirmed that it will begin mass producing drones developed in collaboration with Ukraine as part of efforts to strengthen NATO’s eastern flank against the threat of Russian incursions.',
    datePrecision: null,
    errata: [],
  },
  {
    id: 'fixture-equator-task-force',
    name: 'Russian drone-training and advisory mission to Caracas',
    kind: 'training-mission',
    members: ['ru', 've'],
    date: null,
    dateInferred: false,
    dateReason: 'The text does not date the mission.',
    status: 'reported',
    covers:
      'A rotational Russian drone-training and advisory mission in Caracas, with more than 120 Russian troops led by Col. Gen. Oleg Makarevich teaching Venezuelan forces unmanned-aerial-vehicle operations, as part of what is described as the Equator Task Force.',
    topics: ['proliferation', 'manpower'],
    source: 'fixture-training-news',
    excerpt:
      'The reach of this learning loop isn’t confined to Europe: Moscow has quietly dispatched a rotational drone-training and advisory mission to Caracas, with more than 120 Russian troops led by Col. Gen. Oleg Makarevich teaching Venezuelan forces in unmanned-aerial-vehicle operations as part of what is described as the Equator Task Force.',
    datePrecision: null,
    errata: [],
  },
];
