/**
 * A Vite plugin that keeps a package out of the background's script: the package is bundled on
 * its own into a classic script beside it (`<package>.js`), whose body only registers a factory,
 * and the bundle gets a stand-in default export that runs the factory on first use.
 *
 * The background is one classic script (a Chrome MV3 service worker may not `import()` at run
 * time). compromise, used only by "also mentioned", is 350 KB of its 510 KB: inside the script,
 * even never run, it cost every start of the service worker about 26 ms (Chrome loads and compiles
 * the whole script before running it; docs/performance.md, "Knowledge packs at scale"). Apart:
 * - a Chrome service worker imports the file (`importScripts`) when the package is first used;
 *   since a service worker may import a script later only if it imported it while first evaluated
 *   (its state `parsed`, at install), the stand-in also imports it then, which runs nothing but the
 *   registration;
 * - Firefox's event page has no `importScripts`: the stand-in registers a loader
 *   (`globalThis.__backstoryDeferredReady[name]`) that adds the file to the page as a `<script>`,
 *   and the background awaits `deferredPackagesReady()` (extension/background/deferred-packages.ts)
 *   before first using a package, so the event page does not load it on every start either.
 * The package's code is the same; only when it is loaded and run changes.
 *
 * Only the default export is available, and it must be a function or an object (compromise's
 * `nlp`). Named imports of the package fail the build (the stand-in has no named exports).
 */
import { build, type Plugin, type Rolldown } from 'vite';
import { deferredScriptFile } from './manifest';

const PREFIX = '\0deferred:';
/** Name of the IIFE's global, a local variable inside the factory. */
const RESULT = '__deferredModule';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Bundles `entry` (an absolute path) as an IIFE assigning its default export to `RESULT`. */
async function bundleAlone(entry: string): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    build: {
      write: false,
      minify: true,
      sourcemap: false,
      reportCompressedSize: false,
      lib: { entry, formats: ['iife'], name: RESULT, fileName: () => 'deferred.js' },
    },
  });
  const results = (Array.isArray(output) ? output : [output]) as Rolldown.RolldownOutput[];
  const chunk = results.flatMap((r) => r.output).find((o) => o.type === 'chunk');
  if (chunk?.type !== 'chunk') throw new Error(`deferred-module: no code was built for ${entry}`);
  return chunk.code;
}

/** Where the factories of the deferred packages are registered (a global of the background). */
const REGISTRY = '__backstoryDeferred';
/** Where each stand-in registers the function that loads its script in an event page. */
const READY_REGISTRY = '__backstoryDeferredReady';

/** The package's own script: its code in a factory, registered under its name, not run. */
export function deferredScriptSource(packageName: string, packageCode: string): string {
  return `(globalThis.${REGISTRY} ??= {})[${JSON.stringify(packageName)}] = function () {
${packageCode}
  return ${RESULT};
};
`;
}

/** The stand-in module: a proxy default export that loads and runs the package's script on first use. */
export function deferredModuleSource(packageName: string): string {
  const name = JSON.stringify(packageName);
  const file = JSON.stringify(deferredScriptFile(packageName));
  return `const canImport = typeof importScripts === 'function';
// A service worker may import a script after its first evaluation only if it imported it then.
if (canImport && globalThis.serviceWorker?.state === 'parsed') importScripts(${file});
// An event page (Firefox) adds the script to its document when the package is first wanted.
(globalThis.${READY_REGISTRY} ??= {})[${name}] = () =>
  canImport || typeof document === 'undefined' || globalThis.${REGISTRY}?.[${name}] !== undefined
    ? Promise.resolve()
    : new Promise((resolve, reject) => {
        const script = document.createElement('script');
        script.src = ${file};
        script.onload = () => resolve();
        script.onerror = () => reject(new Error(${JSON.stringify(`${deferredScriptFile(packageName)} could not be loaded`)}));
        document.head.append(script);
      });
let loaded;
function load() {
  if (loaded === undefined) {
    if (globalThis.${REGISTRY}?.[${name}] === undefined && canImport) importScripts(${file});
    const factory = globalThis.${REGISTRY}?.[${name}];
    if (typeof factory !== 'function') throw new Error(${JSON.stringify(`${deferredScriptFile(packageName)} is not loaded`)});
    loaded = factory();
  }
  return loaded;
}
export default new Proxy(function deferred() {}, {
  apply: (_target, self, args) => Reflect.apply(load(), self, args),
  construct: (_target, args) => Reflect.construct(load(), args),
  get: (_target, key) => Reflect.get(load(), key),
  has: (_target, key) => Reflect.has(load(), key),
});
`;
}

/** Writes each of `packages` (bare specifiers, e.g. `compromise`) as its own script, loaded on first use. */
export function deferredModules(packages: readonly string[]): Plugin {
  const entries = new Map<string, string>();
  const scripts = new Map<string, string>();
  return {
    name: 'backstory-deferred-modules',
    enforce: 'pre',
    resolveId: {
      filter: { id: new RegExp(`^(?:${packages.map(escapeRegExp).join('|')})$`) },
      async handler(source, importer) {
        const resolved = await this.resolve(source, importer, { skipSelf: true });
        if (!resolved) return null;
        entries.set(source, resolved.id);
        return `${PREFIX}${source}`;
      },
    },
    load: {
      filter: { id: new RegExp(`^${escapeRegExp(PREFIX)}`) },
      async handler(id) {
        const name = id.slice(PREFIX.length);
        const entry = entries.get(name);
        if (!entry) throw new Error(`deferred-module: ${id} was not resolved`);
        scripts.set(name, deferredScriptSource(name, await bundleAlone(entry)));
        return deferredModuleSource(name);
      },
    },
    generateBundle() {
      for (const [name, source] of scripts)
        this.emitFile({ type: 'asset', fileName: deferredScriptFile(name), source });
    },
  };
}
