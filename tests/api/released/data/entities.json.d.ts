/** A row of the entities table. */
declare interface Entity {
    /** Stable kebab-case id; for a country its lowercase ISO 3166-1 alpha-2 code. */
    id: string;
    /** Name in English. */
    name: string;
    /** country, organization, company, program, system or group. */
    kind: 'country' | 'organization' | 'company' | 'program' | 'system' | 'group';
    /** ISO 3166-1 alpha-2 code, for countries only. */
    iso3166?: string;
    /** Other names the texts use. */
    aliases?: string[];
    /** One line in our words; facts only from the sources. */
    description?: string;
}

/** Every row of the entities table. */
declare const rows: Entity[];
export default rows;

export { }
