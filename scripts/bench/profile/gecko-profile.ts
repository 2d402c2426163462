/**
 * Page-thread time of one extension's content script, read from a Gecko profile (the Firefox
 * Profiler's raw format, as Firefox writes it at shutdown when started with `MOZ_PROFILER_STARTUP`
 * and `MOZ_PROFILER_SHUTDOWN` — WebDriver BiDi cannot drive the profiler, but it can run a browser
 * that profiles itself from start to exit).
 *
 * Attribution: a sample of the page's main thread (the content process's `GeckoMain`, found by
 * the bench's `performance.mark`s, recorded as `UserTiming` markers) is the extension's when its
 * task is the content script's: the outermost JavaScript frame of its stack, past the engine's
 * builtins and the WebExtension API's modules, is the content script's (its `moz-extension://`
 * URL; see stackOwners); it counts
 * with its `threadCPUDelta` (CPU time the thread used since the previous sample). Firefox
 * compiles content scripts off the main thread and caches them per process, so compilation does
 * not show on the page's thread. A "run" is a stretch of consecutive extension samples with no
 * other sample between them — an upper bound on one task's length (two tasks closer together
 * than one sampling interval merge into one run: the content script's slices, each resumed by
 * `scheduler.yield()` on an otherwise idle page, merged into runs of 70–110 ms of wall time).
 * A "slice" is a run cut wherever a microtask checkpoint starts (Gecko's "Perform microtasks"
 * marker): each resumption after a yield starts one, so the slices are the yields' tasks. It can
 * cut one task in two (its synchronous part, then its own microtasks), so it is a lower bound;
 * the truth lies between the longest slice and the longest run.
 */

type Table = { schema: Record<string, number>; data: unknown[][] };

export type GeckoThread = {
  name: string;
  processName?: string;
  pid?: number | string;
  samples: Table;
  markers: Table;
  stackTable: Table;
  frameTable: Table;
  stringTable: string[];
};

export type GeckoProfile = {
  meta: { interval: number; sampleUnits?: { threadCPUDelta?: string } };
  threads: GeckoThread[];
  processes?: GeckoProfile[];
};

export type GeckoExtensionTime = {
  /** CPU milliseconds of the page's main thread in samples of the content script. */
  cpuMs: number;
  /** The largest run of consecutive extension samples (CPU ms). */
  longestRunMs: number;
  /** The largest run cut at microtask checkpoints (CPU ms; see the module comment). */
  longestSliceMs: number;
  /** The largest run cut where the task changes (taskRoots; CPU ms): between slice and run. */
  longestTaskMs: number;
  /** First and last extension sample, ms after the window's start (undefined: none). */
  firstMs?: number;
  lastMs?: number;
  runs: number;
  samples: number;
  /** CPU ms of samples holding an extension frame in another task's stack, not counted (see stackOwners). */
  misattributedMs: number;
};

/** Every thread of the profile and its subprocesses. */
export function allThreads(profile: GeckoProfile): GeckoThread[] {
  return [...profile.threads, ...(profile.processes ?? []).flatMap(allThreads)];
}

function markerTimes(thread: GeckoThread, name: string): number | undefined {
  const { schema, data } = thread.markers;
  for (const row of data) {
    const payload = row[schema.data as number] as { type?: string; name?: string } | null;
    if (payload?.type === 'UserTiming' && payload.name === name) {
      return row[schema.startTime as number] as number;
    }
  }
  return undefined;
}

export type GeckoWindow = { thread: GeckoThread; from: number; to: number };

/** The thread holding both marks and the time between them (ms, that thread's clock). */
export function geckoMarkWindow(profile: GeckoProfile, begin: string, end: string): GeckoWindow | undefined {
  for (const thread of allThreads(profile)) {
    const from = markerTimes(thread, begin);
    if (from === undefined) continue;
    const to = markerTimes(thread, end);
    if (to !== undefined) return { thread, from, to };
  }
  return undefined;
}

/** A JavaScript frame: `name (url:line:column)` or a bare `url:line:column`, or a self-hosted builtin. */
const JS_FRAME = /(^|\()([a-z-]+:\/\/|self-hosted:)/;
/**
 * JavaScript frames that pass a task on to the code they call: the engine's self-hosted builtins
 * (`AsyncFunctionNext` resuming an async function…) and the WebExtension API's implementation, which
 * injects content scripts and calls their listeners (ExtensionChild, ExtensionCommon,
 * ExtensionContent, ExtensionUtils, Schemas, ConduitsChild, MessageChannel, the `ext-*.js` scripts).
 */
const PASS_THROUGH =
  /(^|\()self-hosted:|\/(Extension\w*|Schemas|Conduits\w*|MessageChannel)\.sys\.mjs|\/ext-[\w-]+\.js/;

const UNDECIDED = 0;
const OWN = 1;
const OTHER = 2;

/**
 * For each stack index: is the task it samples the extension's? Decided by the outermost JavaScript
 * frame that is not a pass-through one: the extension's (its location contains `url`) or not. Label
 * and native frames (the event loop, DOM methods, GC) decide nothing. A frame deeper in the stack
 * cannot be trusted to decide: in the raw profile, some JIT frames carry another function's name
 * (most likely named from reused code addresses when the profile is written), so the WebDriver
 * agent's tasks showed content-script functions among their callees, and the content script's
 * slices showed the agent's logging or event functions among theirs. Counting any stack that holds
 * an extension frame counted the agent's tasks as Backstory's: up to 2/3 of its samples on some
 * pages (docs/performance.md, 1 Dec 2026).
 * Only Baseline and Ion JIT frames are named that way (`implementation` in the frame table);
 * interpreted frames, the Baseline Interpreter's included, are named when sampled. So the outermost
 * deciding frame named when sampled decides, and a JIT frame only where no such frame decides: the
 * self-hosted `AsyncFunctionNext` that resumes the content script, JIT-compiled and named
 * `matchesContext` of the WebDriver agent, left a whole wikipedia-2 pass out of one load (1.9 ms
 * counted, 114.9 ms set aside; docs/performance.md, 2 Dec 2026).
 */
function stackOwners(thread: GeckoThread, url: string): number[] {
  const frames = thread.frameTable;
  const verdicts = frames.data.map((row) => {
    const location = thread.stringTable[row[frames.schema.location as number] as number] ?? '';
    if (location.includes(url)) return OWN;
    return JS_FRAME.test(location) && !PASS_THROUGH.test(location) ? OTHER : UNDECIDED;
  });
  const jit = jitFrames(thread);
  const stacks = thread.stackTable;
  // The outermost verdict of a frame named when sampled, and of a JIT frame (named at write time).
  const sure: number[] = [];
  const unsure: number[] = [];
  stacks.data.forEach((row, index) => {
    const prefix = row[stacks.schema.prefix as number] as number | null;
    const frame = row[stacks.schema.frame as number] as number;
    const verdict = verdicts[frame] ?? UNDECIDED;
    // Prefixes always come before the stacks that extend them.
    const sureBefore = prefix === null ? UNDECIDED : (sure[prefix] as number);
    const unsureBefore = prefix === null ? UNDECIDED : (unsure[prefix] as number);
    sure[index] = sureBefore !== UNDECIDED || jit[frame] ? sureBefore : verdict;
    unsure[index] = unsureBefore !== UNDECIDED || !jit[frame] ? unsureBefore : verdict;
  });
  return sure.map((verdict, index) => (verdict !== UNDECIDED ? verdict : (unsure[index] as number)));
}

/** JIT tiers whose frames the profile names from code addresses when it is written (see stackOwners). */
const JIT_TIERS = new Set(['baseline', 'ion']);

/** For each frame: a Baseline or Ion JIT frame (the frame table's `implementation`)? */
function jitFrames(thread: GeckoThread): boolean[] {
  const frames = thread.frameTable;
  const column = frames.schema.implementation;
  return frames.data.map((row) => {
    const implementation = column === undefined ? null : row[column];
    return typeof implementation === 'number' && JIT_TIERS.has(thread.stringTable[implementation] ?? '');
  });
}

/** For each stack index: does it (or an ancestor) hold a frame whose location contains `url`? */
function stacksHolding(thread: GeckoThread, url: string): boolean[] {
  const frames = thread.frameTable;
  const holds = frames.data.map((row) =>
    (thread.stringTable[row[frames.schema.location as number] as number] ?? '').includes(url),
  );
  const stacks = thread.stackTable;
  const result: boolean[] = [];
  stacks.data.forEach((row, index) => {
    const prefix = row[stacks.schema.prefix as number] as number | null;
    const frame = row[stacks.schema.frame as number] as number;
    result[index] = holds[frame] === true || (prefix !== null && result[prefix] === true);
  });
  return result;
}

/** The label of a call into JavaScript from the browser. */
const ENTER_JS = 'js::RunScript';

/**
 * For each stack index: the task it samples, as the stack index of the last frame before its first
 * JavaScript frame (the event loop's and the browser's own frames from the root: an IPC message,
 * a refresh tick's frame callbacks, a promise job…), or -1 for a stack without native frames
 * before its JavaScript. These outer frames are labels the profiler records as they are, never
 * JIT frames named from code addresses at write time (see stackOwners), so two samples with
 * different roots are in different tasks; samples of one root may still be two tasks of one kind.
 */
export function taskRoots(thread: GeckoThread): number[] {
  // The engine's entry label is part of the JavaScript: a sample may repeat it where a JIT frame
  // between two of them was not recorded, which must not make it another task.
  const frames = thread.frameTable;
  const isJs = frames.data.map((row) => {
    const location = thread.stringTable[row[frames.schema.location as number] as number] ?? '';
    return JS_FRAME.test(location) || location === ENTER_JS;
  });
  const stacks = thread.stackTable;
  const roots: number[] = [];
  const inJs: boolean[] = [];
  stacks.data.forEach((row, index) => {
    const prefix = row[stacks.schema.prefix as number] as number | null;
    const js = isJs[row[stacks.schema.frame as number] as number] === true;
    if (prefix !== null && inJs[prefix]) {
      roots[index] = roots[prefix] as number;
      inJs[index] = true;
    } else if (js) {
      roots[index] = prefix === null ? -1 : (roots[prefix] as number);
      inJs[index] = true;
    } else {
      roots[index] = index;
      inJs[index] = false;
    }
  });
  return roots;
}

/** For each stack index: the extension's task (see stackOwners)? */
export function ownStacks(thread: GeckoThread, url: string): boolean[] {
  return stackOwners(thread, url).map((owner) => owner === OWN);
}

/** For each stack index: holds an extension frame but samples another task (not counted). */
function misattributedStacks(thread: GeckoThread, url: string, own: readonly boolean[]): boolean[] {
  return stacksHolding(thread, url).map((holds, index) => holds && !own[index]);
}

/** Sorted start times of the thread's microtask checkpoints ("Perform microtasks" markers). */
export function checkpointStarts(thread: GeckoThread): number[] {
  const { schema, data } = thread.markers;
  const starts: number[] = [];
  for (const row of data) {
    const name = row[schema.name as number];
    const label = typeof name === 'number' ? thread.stringTable[name] : name;
    // Phase 1 is a whole interval, 2 its start (3, its end, is not a start).
    const phase = row[schema.phase as number];
    if (label === 'Perform microtasks' && (phase === 1 || phase === 2)) {
      starts.push(row[schema.startTime as number] as number);
    }
  }
  return starts.sort((a, b) => a - b);
}

export const CPU_UNIT_TO_MS: Record<string, number> = { ns: 1e-6, µs: 1e-3, us: 1e-3, ms: 1 };

/** The extension's samples in `window` (see the module comment for the method). */
export function geckoExtensionTime(
  profile: GeckoProfile,
  window: GeckoWindow,
  url: string,
): GeckoExtensionTime {
  const { thread } = window;
  const own = ownStacks(thread, url);
  const misattributed = misattributedStacks(thread, url, own);
  const unit = CPU_UNIT_TO_MS[profile.meta.sampleUnits?.threadCPUDelta ?? 'ns'] ?? 1e-6;
  const { schema, data } = thread.samples;
  const roots = taskRoots(thread);
  const result: GeckoExtensionTime = {
    cpuMs: 0,
    longestRunMs: 0,
    longestSliceMs: 0,
    longestTaskMs: 0,
    runs: 0,
    samples: 0,
    misattributedMs: 0,
  };
  const checkpoints = checkpointStarts(thread);
  let next = 0; // the first checkpoint after the previous sample
  let run = 0;
  let slice = 0;
  let task = 0;
  let taskRoot: number | undefined;
  let previousTime: number | undefined;
  for (const row of data) {
    const time = row[schema.time as number] as number;
    let checkpointBefore = false;
    while (next < checkpoints.length && (checkpoints[next] as number) <= time) {
      checkpointBefore = true;
      next++;
    }
    if (checkpointBefore) slice = 0;
    if (time < window.from || time > window.to) continue;
    const stack = row[schema.stack as number] as number | null;
    const delta = row[schema.threadCPUDelta as number] as number | null | undefined;
    // Without CPU figures, a sample stands for the wall time since the previous one.
    const cpuMs =
      typeof delta === 'number' ? delta * unit : previousTime === undefined ? 0 : time - previousTime;
    previousTime = time;
    if (stack !== null && own[stack]) {
      if (run === 0) result.runs += 1;
      if (roots[stack] !== taskRoot) task = 0;
      taskRoot = roots[stack];
      run += cpuMs;
      slice += cpuMs;
      task += cpuMs;
      result.cpuMs += cpuMs;
      result.samples += 1;
      result.longestRunMs = Math.max(result.longestRunMs, run);
      result.longestSliceMs = Math.max(result.longestSliceMs, slice);
      result.longestTaskMs = Math.max(result.longestTaskMs, task);
      result.firstMs ??= time - window.from;
      result.lastMs = time - window.from;
    } else {
      if (stack !== null && misattributed[stack]) result.misattributedMs += cpuMs;
      run = 0;
      slice = 0;
      task = 0;
      taskRoot = undefined;
    }
  }
  return result;
}

/**
 * The extension's last sample must come at least this long before the end mark: the bench marks
 * the end once the highlights have been stable for 700 ms (or 3 s without names; settle.ts), so a
 * pass still running this close to the mark may run past it and be cut short.
 */
export const PASS_MARGIN_MS = 250;

/**
 * Why this load's window may not hold the extension's whole pass (its figure would read low), or
 * undefined: no sample of the extension in it at all, or its last sample too close to the end mark.
 */
export function passNotInWindow(time: GeckoExtensionTime, window: GeckoWindow): string | undefined {
  if (time.samples === 0 || time.lastMs === undefined) return 'no sample of the extension between the marks';
  const margin = window.to - window.from - time.lastMs;
  if (margin < PASS_MARGIN_MS)
    return `the extension ran until ${margin.toFixed(0)} ms before the end mark: its pass may run past it`;
  return undefined;
}
