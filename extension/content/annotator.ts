/**
 * One pass over the page: read its text, ask the background for mentions, index and paint them,
 * and report the counts. Settings decide whether the site is on, which entity types count and the
 * highlight style. Each synchronous step is a measured `task`; the recognition itself runs in the
 * background, off the page's main thread. One annotator per page session (page-session.ts).
 */
import browser from 'webextension-polyfill';
import { MAX_RECOGNIZE_CHARS, RECOGNIZE_PART_CHARS } from '../../src/messages/limits';
import type { Message, RecognizeResponse, WireMention } from '../../src/messages/protocol';
import { replyError } from '../../src/messages/replies';
import { textPieces } from '../../src/messages/text-pieces';
import type { TextMap } from '../../src/text/extract';
import { chunkPieces, textChunks } from '../../src/text/text-chunks';
import { asTextDigest, sameDigest, type TextDigest, textDigest } from '../../src/text/text-digest';
import type { PageSettings } from '../shared/settings-client';
import { clearHighlights, paintHighlights } from './highlight-painter';
import { markPainted, markSettled, task } from './instrumentation';
import { addToDraft, draftIndex, type MentionIndex } from './mention-index';
import { pageRoot, readPageTextInSlices } from './page-text';
import { CHROMIUM_BUNDLE } from './target-browser';
import { afterRendering, inSlices, yieldToPage } from './time-slices';

type AnnotatorState = {
  readonly index: MentionIndex;
  settings: PageSettings | undefined;
  /**
   * A digest of the text the current mentions were found in (not the text, nor its list of nodes:
   * they are kept by no one between passes; docs/performance.md, "Heap per tab").
   */
  read: TextDigest | undefined;
  /** Serialized counts last sent in a `page-report`, to send only changes. */
  reported: string | undefined;
  /** Bumped by every paint and clear: a sliced paint installs its result only if still the latest. */
  paintGeneration: number;
};

export type Annotator = {
  /** New settings; the next pass reads the page afresh (the background's packs may have changed too). */
  setSettings(settings: PageSettings): void;
  /** Whether highlighting is on for this page's site. */
  highlightingEnabled(): boolean;
  /** Whether the current highlights were found in the page as it was last read (settings since included). */
  pageRead(): boolean;
  /**
   * Brings the highlights up to date with the page and settings. Resolves to the milliseconds of
   * main-thread work it did (for the refresh scheduler's rate limit).
   */
  annotate(): Promise<number>;
};

let textCount = 0;

type Recognized = { wire: readonly WireMention[]; digest: TextDigest | undefined };

/**
 * Asks the background for the mentions in `text` (cut to MAX_RECOGNIZE_CHARS) and the digest of
 * what it recognized. A long text goes in pieces, one message each (a message is serialized in one
 * task of the page's thread), the last one as the `recognize`.
 */
async function recognize(map: TextMap): Promise<Recognized> {
  // The first message is serialized in a task of its own, not after the text's join and compare.
  await yieldToPage();
  // Firefox's text is a rope of flat chunks, cut without flattening it whole (text-chunks.ts).
  const pieces =
    !CHROMIUM_BUNDLE && map.chunks
      ? chunkPieces(textChunks(map.chunks), MAX_RECOGNIZE_CHARS, RECOGNIZE_PART_CHARS)
      : textPieces(map.text.slice(0, MAX_RECOGNIZE_CHARS), RECOGNIZE_PART_CHARS);
  const last = pieces.pop() ?? '';
  const id = `${Date.now().toString(36)}-${++textCount}`;
  for (const [index, piece] of pieces.entries()) {
    const part: Message = { type: 'recognize-part', id, index, text: piece };
    const partError = replyError(await browser.runtime.sendMessage(part));
    if (partError) throw partError;
  }
  const message: Message =
    pieces.length === 0
      ? { type: 'recognize', text: last }
      : { type: 'recognize', text: last, continues: { id, parts: pieces.length } };
  const response = (await browser.runtime.sendMessage(message)) as RecognizeResponse | undefined;
  const error = replyError(response);
  if (error) throw error;
  return { wire: response?.mentions ?? [], digest: asTextDigest(response?.digest) };
}

function highlightingEnabled(state: AnnotatorState): boolean {
  return state.settings?.enabledHere === true;
}

async function report(state: AnnotatorState): Promise<void> {
  const counts = state.index.mentionCounts();
  const serialized = JSON.stringify(counts);
  if (serialized === state.reported) return;
  state.reported = serialized;
  const message: Message = { type: 'page-report', counts };
  // Nobody listening (or the background restarting) is not an error for the page.
  await browser.runtime.sendMessage(message).catch(() => undefined);
}

/**
 * Indexes and paints `wire` (the background's answer for `map.text`) with the current settings (no new recognition). Ranges are made
 * in time slices; the index and highlights are swapped in at the end, in one short task, after a
 * frame (the painter reads the mentions' background colors: `afterRendering`). Resolves to the
 * main-thread milliseconds used.
 */
async function paint(state: AnnotatorState, map: TextMap, wire: readonly WireMention[]): Promise<number> {
  const { settings } = state;
  if (!settings) return 0;
  const generation = ++state.paintGeneration;
  const types = new Set(settings.entityTypes);
  const wanted = wire.filter((m) => types.has(m.type));
  const draft = draftIndex(map);
  let next = 0;
  let busyMs =
    wanted.length === 0
      ? 0
      : await inSlices('locate', () => {
          const mention = wanted[next++];
          if (mention) addToDraft(draft, mention);
          return next < wanted.length;
        });
  if (wanted.length > 0) await afterRendering();
  if (generation !== state.paintGeneration) return busyMs;
  const started = performance.now();
  task('paint', () => {
    state.index.setMentions(draft);
    paintHighlights(
      draft.mentions.map((m) => m.range),
      settings.highlightStyle,
    );
  });
  busyMs += performance.now() - started;
  markPainted();
  return busyMs;
}

function clear(state: AnnotatorState): void {
  state.paintGeneration++;
  task('clear', () => {
    clearHighlights();
    state.index.clearMentions();
  });
  state.read = undefined;
}

async function annotate(state: AnnotatorState): Promise<number> {
  if (!highlightingEnabled(state)) {
    clear(state);
    await report(state);
    return 0;
  }
  const root = pageRoot();
  if (!root) return 0;
  const { map, busyMs } = await readPageTextInSlices(root);
  let cost = busyMs;
  const known = state.read;
  // Sliced only where it is hashed: a slice of Firefox's unflattened text flattens it.
  const capped = () => map.text.slice(0, MAX_RECOGNIZE_CHARS);
  // A text of another length has changed; one of the same length is hashed (milliseconds on a long
  // text, so in a task of its own, not the join's), and it is the same page if the digests agree
  // and every node holding a mention is where it was: the highlights are then still right.
  if (known?.length === Math.min(map.text.length, MAX_RECOGNIZE_CHARS)) {
    await yieldToPage();
    const started = performance.now();
    const unchanged = task(
      'compare',
      () => sameDigest(known, textDigest(capped())) && state.index.placedIn(map),
    );
    cost += performance.now() - started;
    if (unchanged) return cost;
  }
  const { wire, digest } = await recognize(map);
  if (!highlightingEnabled(state)) return cost; // switched off meanwhile; the settings change cleared
  // The background's digest of the text it recognized; the page digests only if none came.
  state.read = digest ?? task('digest', () => textDigest(capped()));
  cost += await paint(state, map, wire);
  await report(state);
  return cost;
}

export function createAnnotator(index: MentionIndex): Annotator {
  const state: AnnotatorState = {
    index,
    settings: undefined,
    read: undefined,
    reported: undefined,
    paintGeneration: 0,
  };
  return {
    setSettings: (settings) => {
      state.settings = settings;
      // Forget the text read last: the next pass asks the background again (its packs may have changed).
      state.read = undefined;
      // Report after that pass even if the counts are unchanged: an open popup waits for it.
      state.reported = undefined;
    },
    highlightingEnabled: () => highlightingEnabled(state),
    pageRead: () => state.read !== undefined,
    async annotate() {
      const cost = await annotate(state);
      markSettled();
      return cost;
    },
  };
}
