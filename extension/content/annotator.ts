/**
 * One pass over the page: read its text, ask the background for mentions, index and paint them,
 * and report the counts. Settings decide whether the site is on, which entity types count and the
 * highlight style. Each synchronous step is a measured `task`; the recognition itself runs in the
 * background, off the page's main thread.
 */
import browser from 'webextension-polyfill';
import type { Message, RecogniseResponse, WireMention } from '../../src/messages/protocol';
import { MAX_RECOGNISE_CHARS } from '../../src/messages/protocol';
import { isHighlightingEnabled, type Settings } from '../../src/settings/schema';
import type { TextMap } from '../../src/text/extract';
import { clearHighlights, paintHighlights } from './highlight-painter';
import { markPainted, task } from './instrumentation';
import { clearMentions, mentionCounts, setMentions, toPageMentions } from './mention-index';
import { pageRoot, readPageText } from './page-text';

export type AnnotatorState = {
  settings: Settings | undefined;
  /** The text and nodes the current mentions refer to. */
  map: TextMap | undefined;
  /** The background's answer for `map.text`, before the entity-type filter. */
  wire: readonly WireMention[];
  /** Serialised counts last sent in a `page-report`, to send only changes. */
  reported: string | undefined;
};

const state: AnnotatorState = { settings: undefined, map: undefined, wire: [], reported: undefined };

export function currentSettings(): Settings | undefined {
  return state.settings;
}

export function setSettings(settings: Settings): void {
  state.settings = settings;
}

export function highlightingEnabled(): boolean {
  return state.settings !== undefined && isHighlightingEnabled(state.settings, location.hostname);
}

/** Same text in the same nodes: the mentions and their ranges are still right. */
function sameText(a: TextMap | undefined, b: TextMap): boolean {
  if (!a || a.text !== b.text || a.nodes.length !== b.nodes.length) return false;
  for (let i = 0; i < a.nodes.length; i++) if (a.nodes[i] !== b.nodes[i]) return false;
  return true;
}

async function recognise(text: string): Promise<readonly WireMention[]> {
  const message: Message = { type: 'recognise', text: text.slice(0, MAX_RECOGNISE_CHARS) };
  const response = (await browser.runtime.sendMessage(message)) as RecogniseResponse | undefined;
  return response?.mentions ?? [];
}

async function report(): Promise<void> {
  const counts = mentionCounts();
  const serialised = JSON.stringify(counts);
  if (serialised === state.reported) return;
  state.reported = serialised;
  const message: Message = { type: 'page-report', counts };
  // Nobody listening (or the background restarting) is not an error for the page.
  await browser.runtime.sendMessage(message).catch(() => undefined);
}

/** Index and paint `state.wire` with the current settings (no new recognition). */
function paint(): void {
  const { map, settings } = state;
  if (!map || !settings) return;
  const types = new Set(settings.entityTypes);
  const wanted = state.wire.filter((m) => types.has(m.type));
  task('paint', () => {
    const pageMentions = toPageMentions(map, wanted);
    setMentions(map, pageMentions);
    paintHighlights(
      pageMentions.map((m) => m.range),
      settings.highlightStyle,
    );
  });
  markPainted();
}

function clear(): void {
  task('clear', () => {
    clearHighlights();
    clearMentions();
  });
  state.map = undefined;
  state.wire = [];
}

export type AnnotateOptions = { force?: boolean };

/**
 * Brings the highlights up to date with the page and settings. Returns the milliseconds of
 * main-thread work it did (for the refresh scheduler's rate limit).
 */
export async function annotate(options: AnnotateOptions = {}): Promise<number> {
  if (!highlightingEnabled()) {
    clear();
    await report();
    return 0;
  }
  const root = pageRoot();
  if (!root) return 0;
  const started = performance.now();
  const map = task('extract', () => readPageText(root));
  let cost = performance.now() - started;
  if (!map) return cost;
  if (!options.force && sameText(state.map, map)) return cost;

  const wire = await recognise(map.text);
  state.map = map;
  state.wire = wire;
  const paintStarted = performance.now();
  paint();
  cost += performance.now() - paintStarted;
  await report();
  return cost;
}

/** Re-applies the highlight style to the current mentions (a settings change that needs no re-read). */
export function repaint(): void {
  if (highlightingEnabled()) paint();
  else clear();
}
