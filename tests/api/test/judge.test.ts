import { describe, expect, test } from 'vitest';
import type { ApiSnapshot } from '../src/api-snapshot.ts';
import { judge } from '../src/compare.ts';

const released: ApiSnapshot = {
  package: '@ua-drones/data',
  version: '1.2.0',
  note: '',
  entryPoints: ['.', './figures.json'],
  names: { '.': ['figures', 'getFigure'] },
  ids: { figures: ['drones-2024', 'drones-2025'], quotes: ['zelensky-1'] },
};

function changed(edit: (copy: ApiSnapshot) => void): ApiSnapshot {
  const copy = structuredClone(released);
  edit(copy);
  return copy;
}

describe('judge', () => {
  test('an unchanged surface needs no changeset', () => {
    expect(
      judge(
        released,
        changed(() => {}),
        'none',
      ),
    ).toEqual({
      changes: [],
      shapes: [],
      required: 'none',
      problem: undefined,
    });
  });

  test('a renamed id without a major changeset fails and says so', () => {
    const renamed = changed((copy) => {
      copy.ids = { ...copy.ids, figures: ['drones-2024', 'drones-produced-2025'] };
    });
    const verdict = judge(released, renamed, 'minor');
    expect(verdict.required).toBe('major');
    expect(verdict.problem).toContain('- removed figures id: drones-2025');
    expect(verdict.problem).toContain('+ added figures id: drones-produced-2025');
    expect(verdict.problem).toContain('needs a major changeset for @ua-drones/data');
    expect(verdict.problem).toContain('the pending changesets ask only for minor');
    expect(judge(released, renamed, 'major').problem).toBeUndefined();
  });

  test('a removed export or entry point needs a major changeset', () => {
    const removedExport = changed((copy) => {
      copy.names = { '.': ['figures'] };
    });
    expect(judge(released, removedExport, 'none').problem).toContain(
      '- removed export of .: getFigure',
    );
    const removedEntry = changed((copy) => {
      copy.entryPoints = ['.'];
    });
    const verdict = judge(released, removedEntry, 'patch');
    expect(verdict.required).toBe('major');
    expect(verdict.problem).toContain('- removed entry point: ./figures.json');
  });

  test('a removed table counts every one of its ids as removed', () => {
    const withoutQuotes = changed((copy) => {
      copy.ids = { figures: released.ids?.figures ?? [] };
    });
    expect(judge(released, withoutQuotes, 'minor').problem).toContain(
      '- removed quotes id: zelensky-1',
    );
  });

  test('added ids need at least a minor changeset', () => {
    const added = changed((copy) => {
      copy.ids = { ...copy.ids, quotes: ['zelensky-1', 'zelensky-2'] };
    });
    expect(judge(released, added, 'patch').problem).toContain(
      'Adding exports, entry points, record ids, chart names, optional fields or options, or widening a field, needs at least a minor changeset for @ua-drones/data, and the pending changesets ask only for patch',
    );
    expect(judge(released, added, 'none').problem).toContain('no pending changeset bumps it');
    expect(judge(released, added, 'minor').problem).toBeUndefined();
    expect(judge(released, added, 'major').problem).toBeUndefined();
  });

  test('a removed or narrowed field needs a major changeset and is named with its bump', () => {
    const shapes = [
      { where: 'figures[].period', change: 'null removed (narrowed)', bump: 'major' as const },
      { where: 'Figure.asOf', change: 'added, optional', bump: 'minor' as const },
    ];
    const verdict = judge(released, released, 'minor', shapes);
    expect(verdict.required).toBe('major');
    expect(verdict.problem).toContain('  ~ figures[].period: null removed (narrowed) [major]');
    expect(verdict.problem).toContain('  ~ Figure.asOf: added, optional [minor]');
    expect(verdict.problem).toContain(
      'removing, narrowing or requiring a field, an option or a parameter, breaks consumers: it needs a major changeset for @ua-drones/data, and the pending changesets ask only for minor',
    );
    expect(judge(released, released, 'major', shapes).problem).toBeUndefined();
  });

  test('an added optional field needs a minor changeset', () => {
    const shapes = [{ where: 'Figure.asOf', change: 'added, optional', bump: 'minor' as const }];
    expect(judge(released, released, 'patch', shapes)).toMatchObject({ required: 'minor' });
    expect(judge(released, released, 'minor', shapes).problem).toBeUndefined();
  });
});
