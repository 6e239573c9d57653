/** A row of the errata table. */
declare interface Erratum {
    /** Data package version that made the correction. */
    version: string;
    /** Date of the correction. */
    date: string;
    /** Field that changed. */
    field: string;
    /** Value before the correction. */
    old: string | number | null;
    /** Value after the correction. */
    new: string | number | null;
    /** Why it changed. */
    reason: string;
    /** Table of the corrected record. */
    table: 'figures' | 'events' | 'partnerships' | 'quotes';
    /** Id of the corrected record. */
    recordId: string;
}

/** Every row of the errata table. */
declare const rows: Erratum[];
export default rows;

export { }
