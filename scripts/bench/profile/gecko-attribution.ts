/**
 * Where the content script's samples go in a Gecko profile (a profiling aid for
 * gecko-breakdown.ts): each sample of the extension in the window is filed under its innermost
 * extension frame and the stack's leaf frame (a native label such as a DOM method, style or layout,
 * or a JS function), with the leaf's profiler category; the samples are also cut into slices the
 * way geckoExtensionTime cuts them (at microtask checkpoints and at any other sample), so the
 * longest slices can be read with what they hold.
 */
import {
  CPU_UNIT_TO_MS,
  checkpointStarts,
  type GeckoProfile,
  type GeckoThread,
  type GeckoWindow,
  ownStacks,
} from './gecko-profile';

export type GeckoSlice = {
  /** Start, ms after the window's start. */
  atMs: number;
  cpuMs: number;
  /** CPU ms by label (innermost extension frame ← leaf), largest first. */
  labels: [string, number][];
};

export type GeckoBreakdown = {
  cpuMs: number;
  /** CPU ms by label, largest first. */
  labels: [string, number][];
  /** CPU ms by the leaf frame's profiler category, largest first. */
  categories: [string, number][];
  /** Every slice, in time order. */
  slices: GeckoSlice[];
};

type Categories = { name: string }[];

const NATIVE_ADDRESS = /^0x[0-9a-f]+$/i;

/**
 * A JS frame's location is `name (url:line:column)`, in Gecko's raw profiles followed by
 * `[source index]`; keep the name, file and line only.
 */
export function shortFrame(location: string): string {
  const js = /^(.*?) ?\(?([a-z-]+:\/\/[^ )]*?)(?::(\d+))?(?::\d+)?\)?(?:\[\d+\])?$/.exec(location);
  if (!js) return location;
  const name = js[1] || '(anonymous)';
  const file = js[2]?.split('/').pop() ?? '';
  return `${name} ${file}${js[3] ? `:${js[3]}` : ''}`;
}

function column(table: { schema: Record<string, number> }, name: string): number | undefined {
  return table.schema[name];
}

/** For each stack: its label (innermost extension frame ← leaf) and its leaf's category. */
function stackLabels(thread: GeckoThread, url: string, categories: Categories) {
  const frames = thread.frameTable;
  const stacks = thread.stackTable;
  const location = (frame: number) =>
    thread.stringTable[frames.data[frame]?.[frames.schema.location as number] as number] ?? '?';
  const frameCategory = column(frames, 'category');
  const stackCategory = column(stacks, 'category');
  const cache = new Map<number, { label: string; category: string }>();
  return (stack: number) => {
    const known = cache.get(stack);
    if (known) return known;
    let own: string | undefined;
    let leaf: string | undefined;
    let index: unknown;
    for (let s: number | null = stack; s !== null && own === undefined; ) {
      const row: unknown[] | undefined = stacks.data[s];
      const frame = row?.[stacks.schema.frame as number] as number;
      const where = location(frame);
      // Unsymbolicated native frames (bare addresses) name nothing: the leaf is the innermost label or JS frame.
      if (leaf === undefined && !NATIVE_ADDRESS.test(where)) leaf = shortFrame(where);
      index ??=
        (stackCategory !== undefined ? row?.[stackCategory] : undefined) ??
        (frameCategory !== undefined ? frames.data[frame]?.[frameCategory] : undefined) ??
        undefined;
      if (where.includes(url)) own = shortFrame(where);
      s = (row?.[stacks.schema.prefix as number] as number | null) ?? null;
    }
    const category = typeof index === 'number' ? (categories[index]?.name ?? `#${index}`) : '?';
    const label = own === leaf ? `${own} (self)` : `${own} ← ${leaf}`;
    const result = { label, category };
    cache.set(stack, result);
    return result;
  };
}

const sorted = (map: Map<string, number>): [string, number][] => [...map].sort((a, b) => b[1] - a[1]);

function add(map: Map<string, number>, key: string, value: number): void {
  map.set(key, (map.get(key) ?? 0) + value);
}

/** The extension's samples in `window`, filed by label and category, and cut into slices. */
export function geckoBreakdown(profile: GeckoProfile, window: GeckoWindow, url: string): GeckoBreakdown {
  const { thread } = window;
  const own = ownStacks(thread, url);
  const categories = (profile.meta as { categories?: Categories }).categories ?? [];
  const labelOf = stackLabels(thread, url, categories);
  const unit = CPU_UNIT_TO_MS[profile.meta.sampleUnits?.threadCPUDelta ?? 'ns'] ?? 1e-6;
  const checkpoints = checkpointStarts(thread);
  const labels = new Map<string, number>();
  const byCategory = new Map<string, number>();
  const slices: GeckoSlice[] = [];
  let slice: { atMs: number; cpuMs: number; labels: Map<string, number> } | undefined;
  const close = () => {
    if (slice) slices.push({ ...slice, labels: sorted(slice.labels) });
    slice = undefined;
  };
  let next = 0;
  let cpuMs = 0;
  let previous: number | undefined;
  const { schema, data } = thread.samples;
  for (const row of data) {
    const time = row[schema.time as number] as number;
    let checkpointBefore = false;
    while (next < checkpoints.length && (checkpoints[next] as number) <= time) {
      checkpointBefore = true;
      next++;
    }
    if (checkpointBefore) close();
    if (time < window.from || time > window.to) continue;
    const stack = row[schema.stack as number] as number | null;
    const delta = row[schema.threadCPUDelta as number] as number | null | undefined;
    const ms = typeof delta === 'number' ? delta * unit : previous === undefined ? 0 : time - previous;
    previous = time;
    if (stack === null || !own[stack]) {
      close();
      continue;
    }
    const { label, category } = labelOf(stack);
    cpuMs += ms;
    add(labels, label, ms);
    add(byCategory, category, ms);
    slice ??= { atMs: time - window.from, cpuMs: 0, labels: new Map() };
    slice.cpuMs += ms;
    add(slice.labels, label, ms);
  }
  close();
  return { cpuMs, labels: sorted(labels), categories: sorted(byCategory), slices };
}

/**
 * The parts of a pass that the Firefox part-by-part table groups the breakdown's labels into
 * (gecko-breakdown.ts `GECKO_PARTS=1`), by the label's innermost content-script function (names
 * as in the unminified content.js the breakdown builds); a GC leaf is filed as GC whatever the
 * function. Names change with the code: a label no part claims is filed as `other`.
 */
export const CONTENT_PARTS: readonly (readonly [part: string, functions: RegExp])[] = [
  ['evaluation', /^\(anonymous\)$/],
  ['API + settings', /^(namespace|askSettings|requestPageSettings|extensionAlive)$/],
  [
    'wiring',
    /^(watchPage|watchLeaving|listenForPageMessages|lazyCard|fire|start|createRefreshScheduler.*|createPageSession|createAnnotator|createMentionIndex|guard|guardAsync)$/,
  ],
  [
    'yields, frames',
    /^(yieldingFor.*|nextFrame.*|resume|releaseFrameWaits|afterRendering|yieldToPage|createPacer.*)$/,
  ],
  [
    'walk',
    /^(readPageTextInSlices.*|read|reader.*|moveTo|hidden|blockBetween|blockAmong|blockBefore|holdsBlock|nextText|textAfter|mayHideTextByStyle|hidesTextByStyle|skippedByAttributesUnder|createTextWalk|add|skips|isSkippedElement|outermostHidden|inSlices.*|textCollector)$/,
  ],
  ['join', /^(result|compact|flattened)$/],
  [
    'recognize',
    /^(recognize|chunkSlice|chunkPieces|textChunks|piecesOf|textPieces|replyError|asTextDigest)$/,
  ],
  [
    'paint',
    /^(paint.*|paintHighlights|onDark|luminance|domRange|addToDraft|draftIndex|armCard|canHighlight|notify|setMentions)$/,
  ],
  ['report', /^report$/],
];

/** Leaf labels of the collector's work (Gecko's "Minor GC", a GC or CC slice). */
const GC_LEAF = /\b(minor|major|incremental) GC\b|^(GC|CC)\b|GCMinor|GCMajor|Nursery/i;

/** The part (CONTENT_PARTS, `GC`, or `other`) of a breakdown label (`function file:line ← leaf` or `… (self)`). */
export function contentPart(label: string): string {
  const [inner = '', leaf] = label.split(' ← ');
  if (leaf !== undefined && GC_LEAF.test(leaf)) return 'GC';
  const name = inner.replace(/ \(self\)$/, '').replace(/ \S+\.js(:\d+)?$/, '');
  return CONTENT_PARTS.find(([, functions]) => functions.test(name))?.[0] ?? 'other';
}
