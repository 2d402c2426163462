/**
 * A Vite plugin that defers a package's module body until the bundle first uses it, inside one
 * classic script.
 *
 * The background is one classic script (a Chrome MV3 service worker may not `import()` at run
 * time), so every module it imports is evaluated each time the worker starts. compromise unpacks
 * its lexicon when evaluated (hundreds of milliseconds per start, docs/performance.md, "Knowledge
 * packs at scale"), yet only "also mentioned" calls it. This plugin bundles the package on its own
 * (Vite library mode, IIFE) and puts that code inside a function, run once on first use; importers
 * get a stand-in default export that forwards every call and property read to the real one. The
 * package's code is the same; only when it runs changes.
 *
 * Only the default export is available, and it must be a function or an object (compromise's
 * `nlp`). Named imports of the package fail the build (the stand-in has no named exports).
 */
import { build, type Plugin, type Rolldown } from 'vite';

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
      minify: false,
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

/** The stand-in module: the package's code in a factory, and a proxy default export that runs it. */
export function deferredModuleSource(packageCode: string): string {
  return `let loaded;
function load() {
  if (loaded === undefined) {
    loaded = (function () {
${packageCode}
      return ${RESULT};
    })();
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

/** Defers the module bodies of `packages` (bare specifiers, e.g. `compromise`) in the bundle. */
export function deferredModules(packages: readonly string[]): Plugin {
  const entries = new Map<string, string>();
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
        const entry = entries.get(id.slice(PREFIX.length));
        if (!entry) throw new Error(`deferred-module: ${id} was not resolved`);
        return deferredModuleSource(await bundleAlone(entry));
      },
    },
  };
}
