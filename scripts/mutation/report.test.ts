import { describe, expect, it } from 'vitest';
import { type MutationReport, mergeReports, scoreOf, withoutStaticSurvivors } from './report';

const at = (line: number) => ({ start: { line, column: 1 }, end: { line, column: 2 } });

function report(
  mutants: MutationReport['files'][string]['mutants'],
  source = 'const a = 1;',
): MutationReport {
  return {
    schemaVersion: '2',
    thresholds: {},
    files: { 'src/a.ts': { language: 'typescript', source, mutants } },
  };
}

describe('withoutStaticSurvivors', () => {
  it('drops static mutants that survived or had no coverage, and keeps every other result', () => {
    const before = report([
      { id: '1', status: 'Survived', static: true, location: at(1) },
      { id: '2', status: 'NoCoverage', static: true, location: at(2) },
      { id: '3', status: 'Killed', static: true, location: at(3) },
      { id: '4', status: 'Survived', static: false, location: at(4) },
      { id: '5', status: 'Survived', location: at(5) },
    ]);
    expect(withoutStaticSurvivors(before).files['src/a.ts']?.mutants.map((m) => m.id)).toEqual([
      '3',
      '4',
      '5',
    ]);
    expect(before.files['src/a.ts']?.mutants).toHaveLength(5);
  });
});

describe('mergeReports', () => {
  it("keeps an earlier result for a mutant the run left out (Ignored) and takes the run's for the rest", () => {
    const shared = report([
      { id: '1', status: 'Killed', mutatorName: 'A', location: at(1) },
      { id: '2', status: 'Survived', mutatorName: 'B', location: at(2) },
    ]);
    const run = report([
      { id: '7', status: 'Ignored', mutatorName: 'A', location: at(1) },
      { id: '8', status: 'Killed', mutatorName: 'B', location: at(2) },
    ]);
    expect(mergeReports(shared, run).files['src/a.ts']?.mutants.map((m) => [m.id, m.status])).toEqual([
      ['1', 'Killed'],
      ['8', 'Killed'],
    ]);
  });

  it('takes the run whole when the source changed', () => {
    const shared = report([{ id: '1', status: 'Killed', location: at(1) }]);
    const run = report([{ id: '9', status: 'Ignored', location: at(1) }], 'const a = 2;');
    expect(mergeReports(shared, run).files['src/a.ts']?.mutants.map((m) => m.id)).toEqual(['9']);
  });
});

describe('scoreOf', () => {
  it('counts killed and timed out against survived and uncovered, leaving errors out', () => {
    const statuses = [
      'Killed',
      'Timeout',
      'Survived',
      'NoCoverage',
      'CompileError',
      'RuntimeError',
      'Ignored',
    ];
    expect(scoreOf(statuses.map((status, i) => ({ id: String(i), status })))).toEqual({
      mutants: 4,
      killed: 2,
      survived: 2,
      percent: 50,
    });
  });
});
