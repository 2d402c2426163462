/**
 * In-memory stand-ins for `browser.storage.sync` and `browser.storage.local` that behave like
 * Chromium's: values are stored as JSON (a copy, `undefined` dropped), `get(null | key | keys)`,
 * and the quotas are enforced the way Chromium measures them — per item (key length + JSON length
 * of the value), in total, in item count, and (sync) in write operations per minute — a write that
 * would exceed one is rejected whole and changes nothing. An area can be made unavailable (every
 * call rejects), as when sync is disabled or storage is broken.
 */
import type { StorageAreaLike } from '../../src/settings';

export type AreaQuotas = {
  bytes: number;
  bytesPerItem: number;
  maxItems: number;
  /** Write operations (set, remove) allowed per rolling minute. */
  writesPerMinute: number;
};

/** chrome.storage.sync's quotas (the same numbers as Firefox's). */
export const SYNC_QUOTAS: AreaQuotas = {
  bytes: 102_400,
  bytesPerItem: 8_192,
  maxItems: 512,
  writesPerMinute: 120,
};
/** chrome.storage.local without `unlimitedStorage`. */
export const LOCAL_QUOTAS: AreaQuotas = {
  bytes: 10_485_760,
  bytesPerItem: Number.POSITIVE_INFINITY,
  maxItems: Number.POSITIVE_INFINITY,
  writesPerMinute: Number.POSITIVE_INFINITY,
};

const encoder = new TextEncoder();
const MINUTE_MS = 60_000;

export class FakeStorageArea implements StorageAreaLike {
  /** Stored JSON text per key. */
  readonly data = new Map<string, string>();
  unavailable = false;
  private writes: number[] = [];

  constructor(
    readonly name: string,
    readonly quotas: AreaQuotas,
    private readonly now: () => number = () => 0,
  ) {}

  private check(): void {
    if (this.unavailable) throw new Error(`storage.${this.name} is unavailable`);
  }

  private countWrite(): void {
    const now = this.now();
    this.writes = this.writes.filter((at) => now - at < MINUTE_MS);
    if (this.writes.length >= this.quotas.writesPerMinute) {
      throw new Error('This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.');
    }
    this.writes.push(now);
  }

  async get(keys: null | string | string[]): Promise<Record<string, unknown>> {
    this.check();
    const wanted = keys === null ? [...this.data.keys()] : typeof keys === 'string' ? [keys] : keys;
    const out: Record<string, unknown> = {};
    for (const key of wanted) {
      const text = this.data.get(key);
      if (text !== undefined) out[key] = JSON.parse(text);
    }
    return out;
  }

  async set(items: Record<string, unknown>): Promise<void> {
    this.check();
    const next = new Map(this.data);
    for (const [key, value] of Object.entries(items)) {
      if (value === undefined) continue;
      const text = JSON.stringify(value);
      if (encoder.encode(key).length + encoder.encode(text).length > this.quotas.bytesPerItem) {
        throw new Error('This request exceeds the QUOTA_BYTES_PER_ITEM quota.');
      }
      next.set(key, text);
    }
    if (next.size > this.quotas.maxItems) throw new Error('This request exceeds the MAX_ITEMS quota.');
    if (bytesOf(next) > this.quotas.bytes) throw new Error('This request exceeds the QUOTA_BYTES quota.');
    this.countWrite();
    this.data.clear();
    for (const [key, text] of next) this.data.set(key, text);
  }

  async remove(keys: string | string[]): Promise<void> {
    this.check();
    this.countWrite();
    for (const key of typeof keys === 'string' ? [keys] : keys) this.data.delete(key);
  }

  /** Test-side write that bypasses quotas (a hand edit, a crash leftover, corruption). */
  poke(key: string, value: unknown): void {
    if (value === undefined) this.data.delete(key);
    else this.data.set(key, JSON.stringify(value));
  }

  /** Test-side read of everything, bypassing availability. */
  snapshot(): Record<string, unknown> {
    return Object.fromEntries([...this.data].map(([key, text]) => [key, JSON.parse(text)]));
  }
}

function bytesOf(data: Map<string, string>): number {
  let total = 0;
  for (const [key, text] of data) total += encoder.encode(key).length + encoder.encode(text).length;
  return total;
}

/** A fresh pair of areas sharing one clock (milliseconds, advanced by the test). */
export function fakeSettingsAreas() {
  const clock = { now: 0 };
  const now = () => clock.now;
  return {
    clock,
    sync: new FakeStorageArea('sync', SYNC_QUOTAS, now),
    local: new FakeStorageArea('local', LOCAL_QUOTAS, now),
  };
}
