/**
 * The bundled knowledge pack, fetched from the extension package, validated and compiled into a
 * recognizer once per background lifetime (a lazily created, cached promise). A Chrome service worker
 * may be stopped any time; the next message recompiles, which takes milliseconds (measured in
 * `compileMs`, reported by the test-hooks build).
 */
import browser from 'webextension-polyfill';
import type { EntityType, Pack } from '../../src/knowledge/schema';
import { formatProblem, parsePackText } from '../../src/knowledge/validate';
import { compileRecognizer, type Recognizer } from '../../src/recognition/index';

export const PACK_FILE = 'knowledge.json';

export type LoadedPack = {
  pack: Pack;
  recognizer: Recognizer;
  /** Entity id → type, so each mention can say what it names. */
  entityTypes: ReadonlyMap<string, EntityType>;
  /** Milliseconds spent fetching + validating the pack, and compiling the recognizer. */
  loadMs: number;
  compileMs: number;
};

let loaded: Promise<LoadedPack> | undefined;

async function loadAndCompile(): Promise<LoadedPack> {
  const loadStarted = performance.now();
  const response = await fetch(browser.runtime.getURL(PACK_FILE));
  if (!response.ok) throw new Error(`${PACK_FILE}: HTTP ${response.status}`);
  const result = parsePackText(await response.text());
  if (!result.ok) {
    throw new Error(`${PACK_FILE} is invalid:\n${result.problems.map(formatProblem).join('\n')}`);
  }
  const compileStarted = performance.now();
  const recognizer = compileRecognizer(result.pack);
  const done = performance.now();
  return {
    pack: result.pack,
    recognizer,
    entityTypes: new Map(result.pack.entities.map((e) => [e.id, e.type])),
    loadMs: compileStarted - loadStarted,
    compileMs: done - compileStarted,
  };
}

/** The pack and its recognizer; a failed load is not cached, so the next call retries. */
export function bundledPack(): Promise<LoadedPack> {
  loaded ??= loadAndCompile().catch((error: unknown) => {
    loaded = undefined;
    throw error;
  });
  return loaded;
}
