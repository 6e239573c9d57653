// citation-js ships no types; only the calls the site makes are declared.
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    format(
      format: 'bibliography' | 'bibtex' | 'data',
      options?: { format?: 'text' | 'html' | 'object'; template?: string; lang?: string },
    ): string;
  }
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
