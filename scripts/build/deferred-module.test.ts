import { describe, expect, it } from 'vitest';
import { deferredModuleSource } from './deferred-module';

/** A package built as an IIFE (what Vite's library mode gives), which counts its evaluations. */
const PACKAGE_CODE = `var __deferredModule = (function () {
  globalThis.evaluations = (globalThis.evaluations ?? 0) + 1;
  function greet(name) { return 'hello ' + name; }
  greet.version = '1.0';
  return greet;
})();`;

/** Evaluates the stand-in module's source (its one `export default` made a return). */
function standIn(): {
  value: ((name: string) => string) & { version?: string };
  scope: { evaluations?: number };
} {
  const scope: { evaluations?: number } = {};
  const body = deferredModuleSource(PACKAGE_CODE).replace('export default ', 'return ');
  const value = new Function('globalThis', body)(scope);
  return { value, scope };
}

describe('deferredModuleSource', () => {
  it('does not run the package until its default export is first used', () => {
    const { scope } = standIn();
    expect(scope.evaluations).toBeUndefined();
  });

  it('forwards calls and property reads, running the package once', () => {
    const { value, scope } = standIn();
    expect(value('Ada')).toBe('hello Ada');
    expect(value.version).toBe('1.0');
    expect(value('Grace')).toBe('hello Grace');
    expect(scope.evaluations).toBe(1);
  });
});
