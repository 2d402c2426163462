/**
 * Page-thread time of one extension's content script, read from a Chromium trace recorded with
 * the DevTools categories (`TRACE_CATEGORIES`): trace events of the renderer's main thread plus the
 * V8 sampling profiler (`ProfileChunk`), as the DevTools Performance panel records them.
 *
 * Attribution, per top-level task of the page's main thread inside a measured window:
 * - wall time that is the extension's: the union of (a) trace events that name the content
 *   script's URL — `EvaluateScript` (compile + top-level run), `v8.compile`, `FunctionCall`
 *   (listeners, timers, message callbacks) — with everything nested in them (style recalc and
 *   layout the script forces, garbage collection it triggers), and (b) profiler samples whose
 *   stack holds a frame of the content script (promise continuations in `RunMicrotasks`,
 *   `scheduler.yield()` resumptions, native calls made from its functions);
 * - its CPU time: the task's thread time (`tdur`) × that wall share. Thread time, not wall time,
 *   because the box is shared: a task descheduled for 100 ms still used only its CPU time.
 * The extension's figure for the window is the sum over tasks; its longest run is the largest
 * single task's share (work the page could not interrupt).
 */

export type TraceEvent = {
  name: string;
  cat?: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  id?: string;
  args?: Record<string, unknown>;
};

/** What `Tracing.start` records: timeline events, V8 compile/run, samples, user timing marks. */
export const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'v8.execute',
  'disabled-by-default-v8.cpu_profiler',
  'blink.user_timing',
];

/** Events that name the script they run (their whole extent is that script's). */
const SCRIPT_EVENTS = new Set(['EvaluateScript', 'v8.compile', 'FunctionCall', 'v8.run']);

export type ExtensionTime = {
  /** Page-thread CPU milliseconds attributed to the extension. */
  cpuMs: number;
  /** The largest attribution within one task (ms of CPU). */
  longestTaskMs: number;
  /** Tasks with any extension time. */
  tasks: number;
  /** CPU ms of compiling the content script (`v8.compile`, included in cpuMs). */
  compileMs: number;
  /** Microseconds from the window start to the end of the extension's last work. */
  lastWorkUs: number;
};

type Interval = [number, number];

function scriptUrl(event: TraceEvent): string | undefined {
  const args = event.args as { data?: { url?: unknown }; fileName?: unknown } | undefined;
  const url = args?.data?.url ?? args?.fileName;
  return typeof url === 'string' ? url : undefined;
}

function unionLength(intervals: Interval[]): number {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  let total = 0;
  let [from, to] = [Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY];
  for (const [start, end] of sorted) {
    if (start > to) {
      if (to > from) total += to - from;
      [from, to] = [start, end];
    } else if (end > to) to = end;
  }
  if (to > from) total += to - from;
  return total;
}

type ProfileNode = { id: number; parent?: number; callFrame?: { url?: string } };
type ChunkData = {
  cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
  timeDeltas?: number[];
};

export type Sample = { time: number; next: number; ours: boolean; node: number };

/**
 * The samples of one process's profiles in time order: when each was taken, when the next one was,
 * and whether its stack holds a frame with a URL starting `urlPrefix`.
 */
export function profileSamples(events: readonly TraceEvent[], pid: number, urlPrefix: string): Sample[] {
  const all: Sample[] = [];
  for (const profile of events.filter((e) => e.name === 'Profile' && e.pid === pid)) {
    const data = profile.args?.data as { startTime?: number } | undefined;
    let time = data?.startTime ?? profile.ts;
    const parents = new Map<number, number | undefined>();
    const own = new Map<number, boolean>();
    const ours = (id: number): boolean => {
      const known = own.get(id);
      if (known !== undefined) return known;
      const parent = parents.get(id);
      const result = parent !== undefined && ours(parent);
      own.set(id, result);
      return result;
    };
    const samples: Sample[] = [];
    for (const chunk of events) {
      if (chunk.name !== 'ProfileChunk' || chunk.pid !== pid || chunk.id !== profile.id) continue;
      const chunkData = chunk.args?.data as ChunkData | undefined;
      for (const node of chunkData?.cpuProfile?.nodes ?? []) {
        parents.set(node.id, node.parent);
        if (node.callFrame?.url?.startsWith(urlPrefix)) own.set(node.id, true);
      }
      const deltas = chunkData?.timeDeltas ?? [];
      (chunkData?.cpuProfile?.samples ?? []).forEach((node, i) => {
        time += deltas[i] ?? 0;
        samples.push({ time, next: time, ours: false, node });
      });
    }
    samples.forEach((sample, i) => {
      sample.ours = ours(sample.node);
      sample.next = samples[i + 1]?.time ?? sample.time;
    });
    // One at a time: spreading a long profile's samples as arguments overflows the call stack.
    for (const sample of samples) all.push(sample);
  }
  return all.sort((a, b) => a.time - b.time);
}

/** Complete events of one thread that are not nested in another (the thread's tasks). */
function topLevelTasks(events: readonly TraceEvent[]): TraceEvent[] {
  const sorted = [...events].sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const tasks: TraceEvent[] = [];
  let end = Number.NEGATIVE_INFINITY;
  for (const event of sorted) {
    if (event.ts >= end) {
      tasks.push(event);
      end = event.ts + (event.dur ?? 0);
    }
  }
  return tasks;
}

export type TraceWindow = { pid: number; tid: number; fromUs: number; toUs: number };

/** The extension's page-thread time in `window` (see the module comment for the method). */
export function extensionTime(
  events: readonly TraceEvent[],
  window: TraceWindow,
  urlPrefix: string,
): ExtensionTime {
  const inWindow = (e: TraceEvent) =>
    e.pid === window.pid &&
    e.tid === window.tid &&
    e.ts + (e.dur ?? 0) >= window.fromUs &&
    e.ts <= window.toUs;
  const complete = events.filter((e) => e.ph === 'X' && e.dur !== undefined && inWindow(e));
  const direct: Interval[] = complete
    .filter((e) => SCRIPT_EVENTS.has(e.name) && scriptUrl(e)?.startsWith(urlPrefix))
    .map((e) => [e.ts, e.ts + (e.dur ?? 0)]);
  const samples = profileSamples(events, window.pid, urlPrefix).filter((s) => s.ours);
  const result: ExtensionTime = { cpuMs: 0, longestTaskMs: 0, tasks: 0, compileMs: 0, lastWorkUs: 0 };
  for (const task of topLevelTasks(complete)) {
    const from = task.ts;
    const to = task.ts + (task.dur ?? 0);
    // A sample counts in the task it was taken in, up to the next sample or the task's end.
    const sampled = samples
      .filter((s) => s.time >= from && s.time < to)
      .map((s): Interval => [s.time, Math.min(s.next, to)]);
    const clipped = [
      ...direct
        .filter(([start, end]) => end > from && start < to)
        .map(([start, end]): Interval => [Math.max(start, from), Math.min(end, to)]),
      ...sampled,
    ];
    if (clipped.length === 0 || to <= from) continue;
    const share = Math.min(1, unionLength(clipped) / (to - from));
    const cpuMs = (share * (task.tdur ?? task.dur ?? 0)) / 1000;
    result.cpuMs += cpuMs;
    result.longestTaskMs = Math.max(result.longestTaskMs, cpuMs);
    result.tasks += 1;
    result.lastWorkUs = Math.max(
      result.lastWorkUs,
      Math.max(...clipped.map(([, end]) => end)) - window.fromUs,
    );
  }
  result.compileMs =
    complete
      .filter((e) => e.name === 'v8.compile' && scriptUrl(e)?.startsWith(urlPrefix))
      .reduce((sum, e) => sum + (e.tdur ?? e.dur ?? 0), 0) / 1000;
  return result;
}

/**
 * The window between two user-timing marks the bench made from the page (`performance.mark`),
 * on the thread that made them (the page's main thread).
 */
export function markWindow(
  events: readonly TraceEvent[],
  begin: string,
  end: string,
): TraceWindow | undefined {
  const marks = events.filter((e) => e.cat?.includes('blink.user_timing'));
  const first = marks.find((e) => e.name === begin);
  const last = marks.find((e) => e.name === end && first && e.pid === first.pid);
  if (!first || !last) return undefined;
  return { pid: first.pid, tid: first.tid, fromUs: first.ts, toUs: last.ts };
}
