import { describe, expect, it } from 'vitest';
import { constructionIsLocal, installLocalTimeProbe } from '../support/local-time-probe';
import { fromProjectModule } from '../support/local-time-setup';

/** Runs `use` with a probe installed on a scope of its own; returns how many local-time uses it saw. */
function localUses(use: (D: DateConstructor, I: typeof Intl) => unknown): number {
  const scope = { Date, Intl: { ...Intl, DateTimeFormat: Intl.DateTimeFormat } as typeof Intl };
  let seen = 0;
  const uninstall = installLocalTimeProbe(scope, () => {
    seen += 1;
  });
  try {
    use(scope.Date, scope.Intl);
  } finally {
    uninstall();
  }
  return seen;
}

const INSTANT = 1_794_300_000_000;

describe('the local-time probe', () => {
  it.each([
    ['a Date from year/month/day parts', (D: DateConstructor) => new D(2026, 10, 10)],
    ['Date called as a function', (D: DateConstructor) => D()],
    ['a Date from a date-time string without an offset', (D: DateConstructor) => new D('2026-11-10T09:00')],
    ['Date.parse of a string without an offset', (D: DateConstructor) => D.parse('Nov 10 2026 09:00')],
    ['getHours', (D: DateConstructor) => new D(INSTANT).getHours()],
    ['getTimezoneOffset', (D: DateConstructor) => new D(INSTANT).getTimezoneOffset()],
    ['setDate', (D: DateConstructor) => new D(INSTANT).setDate(3)],
    ['String(date)', (D: DateConstructor) => String(new D(INSTANT))],
    ['a template literal', (D: DateConstructor) => `${new D(INSTANT)}`],
    ['toLocaleDateString without a zone', (D: DateConstructor) => new D(INSTANT).toLocaleDateString('en-US')],
  ])('sees %s', (_name, use) => {
    expect(localUses((D) => use(D))).toBeGreaterThan(0);
  });

  it('sees an Intl.DateTimeFormat that formats in the machine zone, called or constructed', () => {
    expect(localUses((_D, I) => new I.DateTimeFormat('en-US').format(INSTANT))).toBeGreaterThan(0);
    expect(localUses((_D, I) => I.DateTimeFormat('en-US', { month: 'long' }))).toBeGreaterThan(0);
  });

  it.each([
    ['a Date from epoch milliseconds', (D: DateConstructor) => new D(INSTANT).getTime()],
    ['a Date from a string in UTC', (D: DateConstructor) => new D('2026-11-10T09:00Z').valueOf()],
    [
      'a Date from a string with an offset',
      (D: DateConstructor) => new D('2026-11-10T09:00+08:00').valueOf(),
    ],
    ['Date.now', (D: DateConstructor) => D.now()],
    [
      'getUTCHours and toISOString',
      (D: DateConstructor) => new D(INSTANT).getUTCHours() + new D(INSTANT).toISOString(),
    ],
    ['JSON.stringify', (D: DateConstructor) => JSON.stringify({ at: new D(INSTANT) })],
    [
      'toLocaleDateString in a named zone',
      (D: DateConstructor) => new D(INSTANT).toLocaleDateString('en', { timeZone: 'UTC' }),
    ],
  ])('ignores %s', (_name, use) => {
    expect(localUses((D) => use(D))).toBe(0);
  });

  it('ignores an Intl.DateTimeFormat with a named zone', () => {
    expect(
      localUses((_D, I) => new I.DateTimeFormat('en', { timeZone: 'Asia/Shanghai' }).format(INSTANT)),
    ).toBe(0);
  });

  it('keeps dates real dates: instanceof, subclasses and the results are unchanged', () => {
    localUses((D) => {
      expect(new D(INSTANT)).toBeInstanceOf(Date);
      class Stamp extends D {}
      expect(new Stamp(INSTANT).getTime()).toBe(INSTANT);
      expect(new D(2026, 10, 10).getDate()).toBe(10);
      expect(D.parse('2026-11-10T09:00:00Z')).toBe(Date.UTC(2026, 10, 10, 9));
    });
  });

  it('removes itself', () => {
    const getHours = Object.getOwnPropertyDescriptor(Date.prototype, 'getHours');
    const parse = Date.parse;
    localUses(() => undefined);
    expect(Object.getOwnPropertyDescriptor(Date.prototype, 'getHours')).toEqual(getHours);
    expect(Date.parse).toBe(parse);
  });

  it('reads strings with an offset, Z, GMT or UTC as zone-free and any other string as local', () => {
    expect(constructionIsLocal([])).toBe(false);
    expect(constructionIsLocal([INSTANT])).toBe(false);
    expect(constructionIsLocal([2026, 10])).toBe(true);
    expect(constructionIsLocal(['2026-11-10T09:00:00.000Z'])).toBe(false);
    expect(constructionIsLocal(['2026-11-10T09:00-05:00'])).toBe(false);
    expect(constructionIsLocal(['Tue, 10 Nov 2026 09:00:00 GMT'])).toBe(false);
    expect(constructionIsLocal(['2026-11-10 09:00 UTC'])).toBe(false);
    expect(constructionIsLocal(['2026-11-10'])).toBe(true);
    expect(constructionIsLocal(['November 10, 2026'])).toBe(true);
  });
});

describe('which calls count as made while a project module was imported', () => {
  const root = '/repo';
  const stack = (...frames: string[]) => ['Error', ...frames.map((f) => `    at ${f}`)].join('\n');

  it('counts a frame in a project module', () => {
    expect(fromProjectModule(stack('fmt (/repo/src/deadlines/view.ts:12:3)'), root)).toBe(true);
    expect(fromProjectModule(stack('/repo/extension/popup/x.tsx:1:1', 'node:internal/x'), root)).toBe(true);
  });

  it('does not count dependencies, tests, the probe itself or other folders', () => {
    expect(fromProjectModule(stack('/repo/node_modules/playwright-core/lib/x.js:3:1'), root)).toBe(false);
    expect(fromProjectModule(stack('/repo/src/deadlines/view.test.ts:9:1'), root)).toBe(false);
    expect(fromProjectModule(stack('/repo/tests/unit/a.test.tsx:9:1'), root)).toBe(false);
    expect(fromProjectModule(stack('/repo/tests/support/local-time-probe.ts:110:38'), root)).toBe(false);
    expect(fromProjectModule(stack('/elsewhere/src/a.ts:1:1'), root)).toBe(false);
    expect(fromProjectModule(undefined, root)).toBe(false);
  });

  it('reads the first line as the message, not a frame', () => {
    expect(fromProjectModule('Error: /repo/src/a.ts', root)).toBe(false);
  });
});
