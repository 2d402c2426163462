import { describe, expect, it } from 'vitest';
import {
  abHeader,
  abRow,
  busyCpu,
  halves,
  isQuiet,
  QUIET_CPU_MS,
  QUIET_STREAK,
  rotation,
  stabilityRow,
  v8FlagsNote,
  v8FlagsOf,
} from './recognition-ab-summary';

describe('rotation', () => {
  it('gives every tree each place once over as many rounds as trees', () => {
    const rounds = [0, 1, 2].map((r) => rotation(r, 3));
    expect(rounds).toEqual([
      [0, 1, 2],
      [1, 2, 0],
      [2, 0, 1],
    ]);
    for (let place = 0; place < 3; place++)
      expect(new Set(rounds.map((order) => order[place]))).toEqual(new Set([0, 1, 2]));
  });
});

describe('isQuiet and busyCpu', () => {
  const idle = QUIET_CPU_MS / 4;
  const busy = QUIET_CPU_MS * 5;

  it('needs QUIET_STREAK idle sleeps in a row at the end', () => {
    expect(isQuiet([])).toBe(false);
    expect(isQuiet(Array(QUIET_STREAK - 1).fill(idle))).toBe(false);
    expect(isQuiet(Array(QUIET_STREAK).fill(idle))).toBe(true);
    expect(isQuiet([...Array(QUIET_STREAK).fill(idle), busy])).toBe(false);
    expect(isQuiet([busy, busy, ...Array(QUIET_STREAK).fill(idle)])).toBe(true);
  });

  it("counts the helper threads' CPU before the quiet streak, not the idle sleeps that ended the wait", () => {
    expect(busyCpu(Array(QUIET_STREAK).fill(idle))).toBe(0);
    expect(busyCpu([busy, idle, busy, ...Array(QUIET_STREAK).fill(idle)])).toBeCloseTo(2 * busy + idle);
    // A wait cut off by its limit is never quiet: every sleep counts.
    expect(busyCpu([busy, busy])).toBeCloseTo(2 * busy);
  });
});

describe('halves', () => {
  it('takes the median of each half of the rounds, leaving out the middle round of an odd count', () => {
    expect(halves([1, 2, 3, 10, 20, 30])).toEqual({ first: 2, second: 20 });
    expect(halves([1, 3, 100, 5, 7])).toEqual({ first: 2, second: 6 });
  });
});

describe('the tables', () => {
  it('puts this tree (the last) over each other tree by the median and the min', () => {
    const header = abHeader(['base', 'this']);
    expect(header[0]).toBe(
      '| pack | text | base min / median ms | this min / median ms | this ÷ base median / min |',
    );
    expect(header[1]).toBe('| --- | --- | ---: | ---: | ---: |');
    // 10,000 chars at a 2 ms median: 5.0 MB/s; this over base: median 3/2, min 1.5/1.
    expect(
      abRow('bundled', '10 KB', 10_000, [
        [1, 2, 3],
        [1.5, 3, 4],
      ]),
    ).toBe('| bundled | 10 KB | 1.00 / 2.00 (5.0 MB/s) | 1.50 / 3.00 (3.3 MB/s) | 1.50 / 1.50 |');
  });

  it("shows each tree's halves and their ratio, and the median helper CPU per tree", () => {
    expect(
      stabilityRow(
        'synthetic',
        '1 MB',
        [
          [10, 10, 20, 20],
          [4, 4, 4, 4],
        ],
        [
          [1, 2, 3],
          [0, 0, 0],
        ],
      ),
    ).toBe('| synthetic | 1 MB | 10.00 / 20.00 (0.50) | 4.00 / 4.00 (1.00) | 2.00, 0.00 |');
  });
});

describe('v8FlagsOf and v8FlagsNote (BENCH_AB_V8_FLAGS)', () => {
  it('gives no flags when the variable is unset or blank', () => {
    expect(v8FlagsOf(undefined)).toEqual([]);
    expect(v8FlagsOf('  ')).toEqual([]);
    expect(v8FlagsNote([])).toBe("children on node's default V8 flags");
  });

  it('splits flags at white space, values kept', () => {
    expect(v8FlagsOf(' --maglev  --max-semi-space-size=64\t--no-turbofan ')).toEqual([
      '--maglev',
      '--max-semi-space-size=64',
      '--no-turbofan',
    ]);
    expect(v8FlagsNote(['--maglev', '--no-turbofan'])).toBe('every child with --maglev --no-turbofan');
  });

  it('refuses anything that is not a flag, naming it', () => {
    for (const raw of ['maglev', '--maglev -x', '--', '--maglev,--turbofan', '---x'])
      expect(() => v8FlagsOf(raw)).toThrow(/BENCH_AB_V8_FLAGS: ".+" is not a flag/);
  });
});
