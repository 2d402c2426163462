/**
 * One pass over the page: read its text, ask the background for mentions, index and paint them,
 * and report the counts. Settings decide whether the site is on, which entity types count and the
 * highlight style. Each synchronous step is a measured `task`; the recognition itself runs in the
 * background, off the page's main thread. One annotator per page session (page-session.ts).
 *
 * The first pass learns the settings from its own `recognize` (`page: true`: the background answers
 * the page's settings with the mentions, and recognizes nothing on a switched-off site), so a page
 * sends one message before its first paint instead of a `get-settings` and then a `recognize`.
 * Later changes come by `settings-changed` (index.ts asks `get-settings` then: no page is read for it).
 */
import browser from 'webextension-polyfill';
import { MAX_RECOGNIZE_CHARS, RECOGNIZE_PART_CHARS } from '../../src/messages/limits';
import type { Message, PageSettings, RecognizeResponse, WireMention } from '../../src/messages/protocol';
import { replyError } from '../../src/messages/replies';
import { textPieces } from '../../src/messages/text-pieces';
import type { TextMap } from '../../src/text/extract';
import { clearHighlights, paintHighlights } from './highlight-painter';
import { markPainted, markSettled, task } from './instrumentation';
import { addToDraft, draftIndex, type MentionIndex } from './mention-index';
import { pageRoot, readPageTextInSlices } from './page-text';
import { afterRendering, inSlices, yieldToPage } from './time-slices';

type AnnotatorState = {
  readonly index: MentionIndex;
  /** Undefined until known: the next pass asks them with its `recognize`. */
  settings: PageSettings | undefined;
  /** Told the settings a `recognize` brought (index.ts: the card's hover delay). */
  readonly learned: (settings: PageSettings) => void;
  /** The text and nodes the current mentions refer to. */
  map: TextMap | undefined;
  /** The background's answer for `map.text`, before the entity-type filter. */
  wire: readonly WireMention[];
  /** Serialized counts last sent in a `page-report`, to send only changes. */
  reported: string | undefined;
  /** Bumped by every paint and clear: a sliced paint installs its result only if still the latest. */
  paintGeneration: number;
};

export type Annotator = {
  /** New settings; the next pass reads the page afresh (the background's packs may have changed too). */
  setSettings(settings: PageSettings): void;
  /** Whether highlighting is on for this page's site (false while the settings are not known). */
  highlightingEnabled(): boolean;
  /** Whether the settings are known yet (the first pass learns them). */
  settingsKnown(): boolean;
  /** The page text the current highlights were found in, if the page has been read. */
  lastPageText(): string | undefined;
  /**
   * Brings the highlights up to date with the page and settings. Resolves to the milliseconds of
   * main-thread work it did (for the refresh scheduler's rate limit).
   */
  annotate(): Promise<number>;
};

/** Same text in the same nodes: the mentions and their ranges are still right. */
function sameText(a: TextMap | undefined, b: TextMap): boolean {
  if (!a || a.text !== b.text || a.nodes.length !== b.nodes.length) return false;
  for (let i = 0; i < a.nodes.length; i++) if (a.nodes[i] !== b.nodes[i]) return false;
  return true;
}

let textCount = 0;

const RETRIES = 3;
const RETRY_MS = 250;

/**
 * Sends `message`; the first message of a page may find the background still starting (no
 * listener yet, or no answer), so with `retries` it tries again a little later, as `get-settings` did.
 */
async function send(message: Message, retries: number): Promise<unknown> {
  for (let attempt = 0; ; attempt++) {
    try {
      const reply: unknown = await browser.runtime.sendMessage(message);
      if (reply !== undefined || attempt >= retries) return reply;
    } catch (error) {
      if (attempt >= retries) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, RETRY_MS * (attempt + 1)));
  }
}

/**
 * Asks the background for the mentions in `text` (and with `page`, this page's settings). A long
 * text goes in pieces, one message each (a message is serialized in one task of the page's
 * thread), the last one as the `recognize`.
 */
async function recognize(text: string, page: boolean): Promise<RecognizeResponse> {
  // The first message is serialized in a task of its own, not after the text's join and compare.
  await yieldToPage();
  const pieces = textPieces(text.slice(0, MAX_RECOGNIZE_CHARS), RECOGNIZE_PART_CHARS);
  const last = pieces.pop() ?? '';
  const id = `${Date.now().toString(36)}-${++textCount}`;
  const retries = page ? RETRIES : 0;
  for (const [index, piece] of pieces.entries()) {
    const part: Message = { type: 'recognize-part', id, index, text: piece };
    const partError = replyError(await send(part, index === 0 ? retries : 0));
    if (partError) throw partError;
  }
  const message: Message = {
    type: 'recognize',
    text: last,
    ...(pieces.length > 0 ? { continues: { id, parts: pieces.length } } : {}),
    ...(page ? { page: true as const } : {}),
  };
  const response = (await send(message, pieces.length === 0 ? retries : 0)) as RecognizeResponse | undefined;
  const error = replyError(response);
  if (error) throw error;
  if (page && !response?.page) throw new Error('no settings from the background');
  return { mentions: response?.mentions ?? [], page: response?.page };
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
 * Indexes and paints `state.wire` with the current settings (no new recognition). Ranges are made
 * in time slices; the index and highlights are swapped in at the end, in one short task, after a
 * frame (the painter reads the mentions' background colors: `afterRendering`). Resolves to the
 * main-thread milliseconds used.
 */
async function paint(state: AnnotatorState): Promise<number> {
  const { map, settings } = state;
  if (!map || !settings) return 0;
  const generation = ++state.paintGeneration;
  const types = new Set(settings.entityTypes);
  const wanted = state.wire.filter((m) => types.has(m.type));
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
  state.map = undefined;
  state.wire = [];
}

/** The pass's own `recognize` brought the settings: kept unless a settings change came meanwhile. */
function learn(state: AnnotatorState, page: PageSettings): void {
  if (state.settings) return;
  state.settings = page;
  state.learned(page);
}

async function annotate(state: AnnotatorState): Promise<number> {
  if (state.settings && !highlightingEnabled(state)) {
    clear(state);
    await report(state);
    return 0;
  }
  const root = pageRoot();
  if (!root) return 0;
  const { map, busyMs } = await readPageTextInSlices(root);
  let cost = busyMs;
  const started = performance.now();
  const unchanged = task('compare', () => sameText(state.map, map));
  cost += performance.now() - started;
  if (unchanged) return cost;

  const asked = state.settings === undefined;
  const { mentions, page } = await recognize(map.text, asked);
  if (page) learn(state, page);
  if (!highlightingEnabled(state)) {
    // Switched off: learned just now (nothing painted yet; the report clears the badge), or
    // meanwhile (the settings change's own pass clears).
    if (asked && state.settings === page) await report(state);
    return cost;
  }
  state.map = map;
  state.wire = mentions;
  cost += await paint(state);
  await report(state);
  return cost;
}

export function createAnnotator(
  index: MentionIndex,
  learned: (settings: PageSettings) => void = () => {},
): Annotator {
  const state: AnnotatorState = {
    index,
    settings: undefined,
    learned,
    map: undefined,
    wire: [],
    reported: undefined,
    paintGeneration: 0,
  };
  return {
    setSettings: (settings) => {
      state.settings = settings;
      // Forget the text read last: the next pass asks the background again (its packs may have changed).
      state.map = undefined;
      // Report after that pass even if the counts are unchanged: an open popup waits for it.
      state.reported = undefined;
    },
    highlightingEnabled: () => highlightingEnabled(state),
    settingsKnown: () => state.settings !== undefined,
    lastPageText: () => state.map?.text,
    async annotate() {
      const cost = await annotate(state);
      markSettled();
      return cost;
    },
  };
}
