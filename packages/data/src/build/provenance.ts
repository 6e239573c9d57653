import type { SourceRecord } from '../schema/source.ts';
import { containsVerbatim, explainMismatch } from '../verbatim.ts';
import { periodBounds } from './derive.ts';

export interface FieldProblem {
  field: string;
  message: string;
}

/**
 * What a source's provenance must agree with: a page found has its address, kind and compared
 * passage (which must be our text, verbatim); a date the publisher's page gives replaces an
 * inferred one; a republication's date bounds the original's; only a rewrite is based on another piece.
 */
export function provenanceProblems(source: SourceRecord, text: string | undefined): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const report = (field: string, message: string) => problems.push({ field, message });
  const { provenance: found, url } = source;

  const described = { 'provenance.copy': found.copy, 'provenance.compared': found.compared };
  for (const [field, value] of Object.entries(described)) {
    if (url === null && value !== null)
      report(field, 'must be null when url is null: no page was found to compare with');
    if (url !== null && value === null)
      report(
        field,
        `missing: url ${url} is a page whose text matches ours, so say ${field === 'provenance.copy' ? 'whose page it is (publisher or republication)' : 'which passage was compared'}`,
      );
  }
  if (url === null && found.published !== null)
    report('provenance.published', 'must be null when url is null: it is the date that page gives');

  if (found.compared !== null && text !== undefined && !containsVerbatim(text, found.compared))
    report(
      'provenance.compared',
      `not found verbatim in our text ${source.file}: ${explainMismatch(text, found.compared)}`,
    );

  if (found.published !== null) {
    const published = periodBounds(found.published);
    const date = periodBounds(source.date);
    if (found.copy === 'publisher' && (source.date !== found.published || source.dateInferred))
      report(
        'date',
        `must be '${found.published}' with dateInferred false: the publisher's page dates the text (provenance.published), which replaces an inferred date`,
      );
    else if (
      found.copy === 'republication' &&
      (date.end === null || date.end > (published.end ?? ''))
    )
      report(
        'date',
        `'${source.date}' ends after ${found.published}, the date of a republication (provenance.published): the original cannot be later than its copy, so end the interval there`,
      );
  }

  if ((found.version === 'rewrite') !== (found.isBasedOn !== null))
    report(
      'provenance.isBasedOn',
      found.version === 'rewrite'
        ? 'missing: a rewrite names the piece it retells (title, author, outlet, date, url; null where unknown)'
        : `must be null: only a rewrite (version "rewrite") is based on another piece, not version ${JSON.stringify(found.version)}`,
    );
  if (source.dateInferred && source.dateReason === null)
    report('dateReason', 'missing: an inferred date needs its evidence');
  if (!source.dateInferred && source.dateReason !== null)
    report(
      'dateReason',
      'must be null when the date is read (dateInferred false): move the evidence to provenance.finding',
    );
  return problems;
}
