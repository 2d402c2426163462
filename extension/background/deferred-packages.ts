/**
 * The packages the background loads on first use (scripts/build/deferred-module.ts), made ready
 * before that use. Chrome's service worker imports a package's script synchronously when it is
 * first used, so this resolves at once there; Firefox's event page has no `importScripts`, so the
 * package's stand-in adds its script to the page, which loads asynchronously: await this before
 * calling into such a package (compromise, for "also mentioned").
 */
type Ready = Record<string, (() => Promise<void>) | undefined>;

export function deferredPackagesReady(): Promise<void> {
  const ready = (globalThis as { __backstoryDeferredReady?: Ready }).__backstoryDeferredReady ?? {};
  return Promise.all(Object.values(ready).map((load) => load?.())).then(() => undefined);
}
