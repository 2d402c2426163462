import { describe, expect, it } from 'vitest';
import { once } from './once';

describe('once', () => {
  it('builds once for callers asking at the same time, and later ones', async () => {
    let builds = 0;
    let finish: (value: string) => void = () => {};
    const get = once(() => {
      builds += 1;
      return new Promise<string>((resolve) => {
        finish = resolve;
      });
    });
    const asked = [get(), get(), get()];
    finish('recognizer');
    expect(await Promise.all(asked)).toEqual(['recognizer', 'recognizer', 'recognizer']);
    expect(await get()).toBe('recognizer');
    expect(builds).toBe(1);
  });

  it('does not keep a failed build: the callers waiting on it see the error, the next call builds again', async () => {
    let builds = 0;
    const get = once(async () => {
      builds += 1;
      if (builds === 1) throw new Error('snapshot unreadable');
      return 'compiled';
    });
    const first = [get(), get()];
    await expect(first[0]).rejects.toThrow('snapshot unreadable');
    await expect(first[1]).rejects.toThrow('snapshot unreadable');
    expect(await get()).toBe('compiled');
    expect(await get()).toBe('compiled');
    expect(builds).toBe(2);
  });
});
