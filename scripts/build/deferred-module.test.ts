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
function standIn(scope: Scope, withImport: boolean): { value: Greet; imported: string[] } {
  const imported: string[] = [];
  const importScripts = (file: string) => {
    imported.push(file);
    runScript(scope);
  };
  const body = deferredModuleSource('greet').replace('export default ', 'return ');
  const value = new Function('globalThis', 'importScripts', body)(
    scope,
    withImport ? importScripts : undefined,
  );
  return { value, imported };
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
});
