/** A row of the measures table. */
declare interface Measure {
    /** Stable kebab-case id, the `measure` of the figures that measure it. */
    id: string;
    /** What is measured, e.g. "Drones produced in Ukraine per year". */
    label: string;
    /** Unit the figures of this measure are compared in; each figure converts to it (miles to km). */
    unit: 'drones' | 'drones/year' | 'drones/day' | 'drones/night' | 'targets/night' | 'flights' | 'people' | 'troops' | 'companies' | 'countries' | 'centers' | 'settlements' | 'percent' | 'fraction' | 'km' | 'mi' | 'km2' | 'seconds' | 'minutes' | 'months' | 'years' | 'money' | 'money/year' | 'money/month';
    /** How figures of this measure compare, and why they may disagree. */
    description?: string;
    /** UCUM code of the unit (derived); null for money. */
    unitCode: string | null;
    /** Number of figures of this measure (derived). */
    figureCount: number;
}

/** Every row of the measures table. */
declare const rows: Measure[];
export default rows;

export { }
