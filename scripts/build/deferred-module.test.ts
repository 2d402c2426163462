import { describe, expect, it } from 'vitest';
import { deferredModuleSource, deferredScriptSource } from './deferred-module';

/** A package built as an IIFE (what Vite's library mode gives), which counts its evaluations. */
const PACKAGE_CODE = `var __deferredModule = (function () {
  globalThis.evaluations = (globalThis.evaluations ?? 0) + 1;
  function greet(name) { return 'hello ' + name; }
  greet.version = '1.0';
  return greet;
})();`;

type Scope = {
  evaluations?: number;
  serviceWorker?: { state: string };
  __backstoryDeferred?: Record<string, () => unknown>;
  __backstoryDeferredReady?: Record<string, () => Promise<void>>;
};
type Greet = ((name: string) => string) & { version?: string };

/** Runs the package's own script in `scope` (what importing it does): it only registers the factory. */
function runScript(scope: Scope): void {
  new Function('globalThis', deferredScriptSource('greet', PACKAGE_CODE))(scope);
}

/**
 * Evaluates the stand-in module's source (its one `export default` made a return) in `scope`,
 * with `importScripts` when given (a service worker's), logging the files it imports.
 */
function standIn(
  scope: Scope,
  withImport: boolean,
  document?: unknown,
): { value: Greet; imported: string[] } {
  const imported: string[] = [];
  const importScripts = (file: string) => {
    imported.push(file);
    runScript(scope);
  };
  const body = deferredModuleSource('greet').replace('export default ', 'return ');
  const value = new Function('globalThis', 'importScripts', 'document', body)(
    scope,
    withImport ? importScripts : undefined,
    document,
  );
  return { value, imported };
}

/** An event page's document: a script element added to the head loads (runs) when `loads`, else fails. */
function eventPage(scope: Scope, loads: boolean) {
  const added: string[] = [];
  const document = {
    createElement: () => ({ src: '', onload: () => {}, onerror: () => {} }),
    head: {
      append(script: { src: string; onload: () => void; onerror: () => void }) {
        added.push(script.src);
        setTimeout(() => {
          if (!loads) return script.onerror();
          runScript(scope);
          script.onload();
        }, 0);
      },
    },
  };
  return { document, added };
}

describe('deferred packages', () => {
  it('the package script registers its factory and runs nothing', () => {
    const scope: Scope = {};
    runScript(scope);
    expect(typeof scope.__backstoryDeferred?.greet).toBe('function');
    expect(scope.evaluations).toBeUndefined();
  });

  it('with the script loaded before (an event page), the stand-in runs the package once, on first use', () => {
    const scope: Scope = {};
    runScript(scope);
    const { value, imported } = standIn(scope, false);
    expect(scope.evaluations).toBeUndefined();
    expect(value('Ada')).toBe('hello Ada');
    expect(value.version).toBe('1.0');
    expect(value('Grace')).toBe('hello Grace');
    expect(scope.evaluations).toBe(1);
    expect(imported).toEqual([]);
  });

  it('a woken service worker imports the script on first use only', () => {
    const scope: Scope = { serviceWorker: { state: 'activated' } };
    const { value, imported } = standIn(scope, true);
    expect(imported).toEqual([]);
    expect(value('Ada')).toBe('hello Ada');
    expect(value('Grace')).toBe('hello Grace');
    expect(imported).toEqual(['greet.js']);
    expect(scope.evaluations).toBe(1);
  });

  it('a service worker evaluated for the first time (install) imports the script at once, without running it', () => {
    const scope: Scope = { serviceWorker: { state: 'parsed' } };
    const { value, imported } = standIn(scope, true);
    expect(imported).toEqual(['greet.js']);
    expect(scope.evaluations).toBeUndefined();
    expect(value('Ada')).toBe('hello Ada');
    expect(imported).toEqual(['greet.js']);
  });

  it('without the script and no way to import it, using the package fails clearly', () => {
    const { value } = standIn({}, false);
    expect(() => value('Ada')).toThrow('greet.js is not loaded');
  });

  it('an event page adds the script to its document when the package is first made ready, once', async () => {
    const scope: Scope = {};
    const page = eventPage(scope, true);
    const { value } = standIn(scope, false, page.document);
    expect(page.added).toEqual([]);
    await scope.__backstoryDeferredReady?.greet?.();
    expect(page.added).toEqual(['greet.js']);
    expect(scope.evaluations).toBeUndefined();
    expect(value('Ada')).toBe('hello Ada');
    await scope.__backstoryDeferredReady?.greet?.();
    expect(page.added).toEqual(['greet.js']);
    expect(scope.evaluations).toBe(1);
  });

  it('a script an event page cannot load rejects the readiness, and a service worker needs none', async () => {
    const failing: Scope = {};
    standIn(failing, false, eventPage(failing, false).document);
    await expect(failing.__backstoryDeferredReady?.greet?.()).rejects.toThrow('greet.js could not be loaded');
    const worker: Scope = { serviceWorker: { state: 'activated' } };
    standIn(worker, true, undefined);
    await expect(worker.__backstoryDeferredReady?.greet?.()).resolves.toBeUndefined();
  });
});
