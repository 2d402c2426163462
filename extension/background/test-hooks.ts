/**
 * Test-hooks builds only (called inside `if (__TEST_HOOKS__)`, dropped from production bundles):
 * exposes `globalThis.backstoryTestHooks` in the background so Chromium tests can read the pack's
 * load/compile times through the service worker (`worker.evaluate`).
 */
import { bundledPack } from './bundled-pack';

export type BackgroundTestHooks = {
  packTimings(): Promise<{ loadMs: number; compileMs: number; entities: number; workerStartedAt: number }>;
};

export function installBackgroundTestHooks(): void {
  const hooks: BackgroundTestHooks = {
    async packTimings() {
      const { loadMs, compileMs, pack } = await bundledPack();
      return { loadMs, compileMs, entities: pack.entities.length, workerStartedAt: performance.timeOrigin };
    },
  };
  Object.assign(globalThis, { backstoryTestHooks: hooks });
}
