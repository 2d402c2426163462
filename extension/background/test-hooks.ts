/**
 * Test-hooks builds only (called inside `if (__TEST_HOOKS__)`, dropped from production bundles):
 * exposes `globalThis.backstoryTestHooks` in the background so Chromium tests and the bench can
 * read how the knowledge was built (from the recognizer cache or by compiling) and how long it took,
 * and observe and hold an also-mentioned run, through the service worker (`worker.evaluate`).
 */
import {
  ENTITY_INDEX_CACHE_KEY,
  invalidateKnowledge,
  knowledge,
  RECOGNIZER_CACHE_KEY,
  type RecognizerBuild,
} from './packs/knowledge';
import { deleteCache, readCache, writeCache } from './packs/pack-store';
import { recognize } from './recognition-service';

export type PackTimings = {
  /** Milliseconds reading the store (records, then the cached snapshot or the lexicons). */
  loadMs: number;
  /** Milliseconds restoring the cached recognizer, or merging and compiling. */
  compileMs: number;
  origin: 'cache' | 'compile' | 'package';
  /** Each build of the recognizer so far: a cache wake restores it on the first recognize. */
  recognizerBuilds: RecognizerBuild[];
  entities: number;
  workerStartedAt: number;
};

export type AlsoMentionedState = {
  status: 'idle' | 'running' | 'held' | 'done' | 'canceled' | 'failed';
  /** Slices started by the current (or last) run. */
  slices: number;
};

export type BackgroundTestHooks = {
  packTimings(): Promise<PackTimings>;
  /** Forgets the built knowledge (and the cached recognizer when `dropCache`), then builds it again. */
  rebuildKnowledge(dropCache: boolean): Promise<PackTimings>;
  /** Deletes the cached recognizer (and entity index) and keeps the built knowledge: the next wake compiles. */
  forgetRecognizerCache(): Promise<void>;
  /**
   * Milliseconds of one recognize of `text` as a page's request runs it (on a woken worker's first
   * call this includes reading and restoring the cached snapshot), and the mentions found.
   */
  timedRecognize(text: string): Promise<{ ms: number; mentions: number }>;
  /** Replaces the cached snapshot's contents with junk under the same key: a restore must fail. */
  damageRecognizerCache(): Promise<void>;
  /** The next also-mentioned run stops after its first slice until `releaseAlsoMentioned()` (or cancel). */
  holdAlsoMentioned(): void;
  releaseAlsoMentioned(): void;
  alsoMentionedState(): AlsoMentionedState;
};

const state: AlsoMentionedState = { status: 'idle', slices: 0 };
let holdNext = false;
let release: (() => void) | undefined;

/**
 * Wraps the `pause` an also-mentioned run uses, in test-hooks builds: yields with production's
 * `pause`, counts slices, and when a hold was asked for, waits after the first slice until
 * released or canceled.
 */
export function alsoMentionedProbe(signal: AbortSignal, yieldNow: () => Promise<void>) {
  state.status = 'running';
  state.slices = 0;
  const held = holdNext;
  holdNext = false;
  return {
    async pause(): Promise<void> {
      await yieldNow();
      state.slices += 1;
      if (held && state.slices === 2 && !signal.aborted) {
        state.status = 'held';
        await new Promise<void>((resolve) => {
          release = resolve;
          signal.addEventListener('abort', () => resolve(), { once: true });
        });
        state.status = 'running';
      }
    },
    finished(status: 'done' | 'canceled' | 'failed'): void {
      state.status = status;
    },
  };
}

async function forgetCache(): Promise<void> {
  await deleteCache(ENTITY_INDEX_CACHE_KEY);
  await deleteCache(RECOGNIZER_CACHE_KEY);
}

export function installBackgroundTestHooks(): void {
  const timings = async (): Promise<PackTimings> => {
    const k = await knowledge();
    return {
      loadMs: k.readMs,
      compileMs: k.buildMs,
      origin: k.origin,
      recognizerBuilds: [...k.recognizerBuilds],
      entities: k.entities.size,
      workerStartedAt: performance.timeOrigin,
    };
  };
  const hooks: BackgroundTestHooks = {
    packTimings: timings,
    async rebuildKnowledge(dropCache) {
      if (dropCache) await forgetCache();
      invalidateKnowledge();
      return timings();
    },
    forgetRecognizerCache: forgetCache,
    async timedRecognize(text) {
      const started = performance.now();
      const { mentions } = await recognize(text);
      return { ms: performance.now() - started, mentions: mentions.length };
    },
    async damageRecognizerCache() {
      const cached = await readCache(RECOGNIZER_CACHE_KEY);
      if (!cached) throw new Error('no cached snapshot to damage');
      await writeCache({ ...cached, snapshot: { format: 2, patterns: 'not a column' } });
    },
    holdAlsoMentioned() {
      holdNext = true;
    },
    releaseAlsoMentioned() {
      release?.();
      release = undefined;
    },
    alsoMentionedState: () => ({ ...state }),
  };
  Object.assign(globalThis, { backstoryTestHooks: hooks });
}
