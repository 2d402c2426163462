import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { PageMeasurement } from '../sweep/report';
import { pageFigures, pagesTable, sizeTable } from './extension';

function run(overrides: Partial<PageMeasurement>): PageMeasurement {
  return {
    name: 'page',
    url: 'http://127.0.0.1/page/',
    bytes: 4096,
    extensionErrors: [],
    domChanges: [],
    outsideRequests: [],
    started: true,
    mentions: 3,
    paintedMs: 100,
    longestTaskMs: 5,
    totalTaskMs: 10,
    taskCount: 3,
    bareWalkMs: 2,
    textChars: 1000,
    ...overrides,
  };
}

describe('pageFigures', () => {
  it('takes medians over the loaded runs and counts failed ones', () => {
    const figures = pageFigures([
      run({ paintedMs: 100, totalTaskMs: 10 }),
      run({ paintedMs: 300, totalTaskMs: 30, extensionErrors: ['[Backstory] x'] }),
      run({ paintedMs: 200, totalTaskMs: 20 }),
      run({ loadError: 'timeout', started: false, paintedMs: null }),
    ]);
    expect(figures).toMatchObject({ name: 'page', kb: 4, paintedMs: 200, totalTaskMs: 20, failed: 2 });
  });
});

describe('tables', () => {
  it('marks ratios and longest tasks against the goals', () => {
    const table = pagesTable([
      pageFigures([run({ totalTaskMs: 10, bareWalkMs: 2, longestTaskMs: 5 })]),
      pageFigures([run({ name: 'slow', totalTaskMs: 100, bareWalkMs: 2, longestTaskMs: 40 })]),
    ]);
    expect(table.rows[0]?.slice(6, 8)).toEqual(['5.0× ok', '5.0 ok']);
    expect(table.rows[1]?.slice(6, 8)).toEqual(['50.0× OVER', '40.0 OVER']);
  });

  it('reports the bundle size against the 20 KB gzip budget', () => {
    const small = sizeTable(Buffer.from('a'.repeat(50_000)));
    expect(small.rows[0]?.[0]).toBeCloseTo(48.8, 1);
    expect(small.rows[0]?.[3]).toBe('ok');
    const random = randomBytes(30_000); // incompressible: gzip stays ~30 KB
    expect(sizeTable(random).rows[0]?.[3]).toBe('OVER');
  });
});
