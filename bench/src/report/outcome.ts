import { seconds } from './format.ts';
import type { Outcome } from './results.ts';

/** The value of a section that ran to the end, or undefined. */
export function ok<T>(outcome: Outcome<T> | undefined): T | undefined {
  return outcome?.status === 'ok' ? outcome.value : undefined;
}

/** What the report says of a section that did not run to the end; nothing when it did. */
export function outcomeNote(name: string, outcome: Outcome<unknown> | undefined): string[] {
  if (outcome === undefined)
    return [`_${name}: did not run (an earlier step it needs failed)._`, ''];
  if (outcome.status === 'skipped') return [`_${name}: skipped (${outcome.reason})._`, ''];
  if (outcome.status === 'failed')
    return [
      `**${name} failed** after ${seconds(outcome.ms)}:`,
      '',
      '```',
      outcome.error.trim(),
      '```',
    ];
  return [];
}
