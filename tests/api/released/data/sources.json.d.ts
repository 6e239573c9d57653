/** Every row of the sources table. */
declare const rows: Source[];
export default rows;

/** A row of the sources table. */
declare interface Source {
    /** Stable kebab-case id, the `source` of every record citing it. */
    id: string;
    /** Title as given in the text or on the page at `url`, or a neutral description when neither gives one (titleGiven false). */
    title: string;
    /** False when neither the text nor a public copy has a title and `title` is ours. */
    titleGiven: boolean;
    /** How the report names the source in running text ("Dickinson", "the industry analysis"): defined once here, used everywhere. */
    shortName: string;
    /** Author as the text or the page at `url` states it; null when neither does. */
    author: string | null;
    /** Author's role as the text states it. */
    authorRole: string | null;
    /** Publisher or outlet of the text as published, as the text or the page at `url` establishes it (`provenance.finding` says how); null when unknown. */
    publisher: string | null;
    /** Publication date or, when only bounded by evidence, an ISO 8601 interval. */
    date: string;
    /** True when the date is inferred from evidence rather than read: from the publisher's page (`provenance.published`) it is read. */
    dateInferred: boolean;
    /** The evidence for an inferred date; null when the date is read. */
    dateReason: string | null;
    /** Address of a public page whose text matches ours word for word (`provenance.copy` says whose page it is); null when none was found (never guessed). */
    url: string | null;
    /** news, analysis, op-ed or blog. */
    kind: 'news' | 'analysis' | 'op-ed' | 'blog';
    /** BCP 47 language tag. */
    language: string;
    /** File name of the full text under packages/data/sources/, kept for verification only and never published. */
    file: string;
    /** What is known and unknown about the source. */
    note: string;
    /** How the origin was looked for, and what was found. */
    provenance: {
        /** Day the search for the original and public copies was made. */
        checked: string;
        /** What the page at `url` is: the publisher's own page, or a republication of the text on another site; null when no page was found. */
        copy: 'publisher' | 'republication' | null;
        /** Date the page at `url` gives itself (in its text or its address), as read; null when it gives none or no page was found. A republication dates the copy, so it bounds the original from above. */
        published: string | null;
        /** Passage of our text compared word for word with the page at `url` (checked verbatim against our text); null when no page was found. */
        compared: string | null;
        /** What our text is: the original piece, a syndicated copy of it, or a rewrite of another piece (`isBasedOn`); null when unknown. */
        version: 'original' | 'syndicated' | 'rewrite' | null;
        /** The piece our text retells, for a rewrite; null otherwise or when unknown. */
        isBasedOn: {
            /** Title of the piece our text retells. */
            title: string | null;
            /** Its author, as a copy of it names them. */
            author: string | null;
            /** Outlet that published it, as a copy names it. */
            outlet: string | null;
            /** Its publication date as a copy states it; null if none does. */
            date: string | null;
            /** Address where we read it (a republication when the original page was not found); null when not found. */
            url: string | null;
        } | null;
        /** Searches tried (queries of public web pages), so a missing page is a documented absence. */
        searches: string[];
        /** What the check established, from which page, and what stays unknown. */
        finding: string;
    };
    /** First day the publication date (or interval) covers (derived). */
    dateStart: string;
    /** Last day it covers (derived); null when the interval is open-ended. */
    dateEnd: string | null;
    /** Precision of the date start (derived): year, month or day. */
    datePrecision: 'year' | 'month' | 'day';
    /** APA-style reference, rendered at build time with citation-js. */
    apa: string;
    /** BibTeX entry, rendered at build time with citation-js. */
    bibtex: string;
}

export { }
