/**
 * Code the sweep runs inside the page (main world). Kept as plain JavaScript source text, not as
 * TypeScript functions, so no transpiler helper (tsx/esbuild `__name`) can leak into the page.
 *
 * DOM-change detection, the method:
 * 1. The init script runs at document start in every frame. At `DOMContentLoaded` (parsing done)
 *    it snapshots `documentElement.outerHTML` and starts a MutationObserver on the whole document.
 *    Parser insertions before that point are not changes, so they are not recorded.
 * 2. At the end the sweep checks that the snapshot equals the served HTML parsed by `DOMParser`
 *    in the same page — this catches anything done before `DOMContentLoaded` (a content script
 *    running at document_start or document_end). The sanitizer removes `<noscript>` (parsed
 *    differently with scripting on) and `shadowrootmode` (DOMParser attaches no declarative
 *    shadow roots), the two places where the page's parse and DOMParser's differ.
 * 3. The observer reports every mutation outside the card host (`<div data-backstory-card-host>`; the host itself
 *    may be added or removed; nothing inside it is the page's).
 * 4. Finally the live `outerHTML`, with the card host taken out of a clone, must equal the
 *    snapshot. Page scripts are stripped and blocked by CSP, so the page changes nothing itself.
 */

/** Global the init script defines in each frame. */
export const PROBE_GLOBAL = '__backstorySweepProbe';
/** The attribute the content script puts on its card host (extension/content/card/host.ts). */
export const CARD_HOST_ATTRIBUTE = 'data-backstory-card-host';
/** At most this many mutation descriptions are kept per page (the rest are only counted). */
export const MAX_RECORDED_CHANGES = 20;

export const INIT_SCRIPT = `(() => {
  if (window.${PROBE_GLOBAL}) return;
  const isHost = (n) => n.nodeType === 1 && n.hasAttribute('${CARD_HOST_ATTRIBUTE}');
  const probe = { snapshot: null, changes: [], overflow: 0 };
  Object.defineProperty(window, '${PROBE_GLOBAL}', { value: probe });
  const inHost = (node) => {
    for (let n = node; n; n = n.parentNode || n.host || null) if (isHost(n)) return true;
    return false;
  };
  const where = (node) => {
    const parts = [];
    for (let n = node; n && n.nodeType === 1 && parts.length < 6; n = n.parentNode) {
      parts.unshift(n.nodeName.toLowerCase() + (n.id ? '#' + n.id : ''));
    }
    return parts.join('>') || (node && node.nodeName) || '?';
  };
  const record = (text) => {
    if (probe.changes.length < ${MAX_RECORDED_CHANGES}) probe.changes.push(text);
    else probe.overflow += 1;
  };
  const start = () => {
    probe.snapshot = document.documentElement ? document.documentElement.outerHTML : '';
    new MutationObserver((records) => {
      for (const r of records) {
        if (inHost(r.target)) continue;
        if (r.type === 'childList') {
          const nodes = [...r.addedNodes, ...r.removedNodes];
          if (nodes.length > 0 && nodes.every(isHost)) continue;
          record('childList on ' + where(r.target) + ' (+' + r.addedNodes.length + ' -' + r.removedNodes.length + ')');
        } else if (r.type === 'attributes') {
          record('attribute ' + r.attributeName + ' on ' + where(r.target));
        } else {
          record('text changed in ' + where(r.target.parentNode));
        }
      }
    }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true, capture: true });
  else start();
})();`;

export interface TimelineState {
  started: boolean;
  painted: number;
  tasks: number;
  /** Passes over the page the content script finished (`backstory:settled`). */
  settled: number;
  /** The content script's last pass ended (`backstory:settled`) after its last paint. */
  passEndedAfterPaint: boolean;
}

/** Counts of the extension's marks so far (cheap; polled while the page settles). */
export const READ_TIMELINE_STATE = `(() => {
  const painted = performance.getEntriesByName('backstory:painted');
  const settled = performance.getEntriesByName('backstory:settled');
  const lastPaint = painted[painted.length - 1];
  const lastSettle = settled[settled.length - 1];
  return {
    started: performance.getEntriesByName('backstory:start').length > 0,
    painted: painted.length,
    tasks: performance.getEntriesByName('backstory:task').length,
    settled: settled.length,
    passEndedAfterPaint: Boolean(lastPaint && lastSettle && lastSettle.startTime >= lastPaint.startTime),
  };
})()`;

export interface TimelineSummary {
  started: boolean;
  paintedMs: number | null;
  longestTaskMs: number;
  totalTaskMs: number;
  taskCount: number;
  mentions: number;
}

/** The extension's marks and measures, summed up, plus the highlighted range count. */
export const READ_TIMELINE = `(() => {
  const start = performance.getEntriesByName('backstory:start')[0];
  const painted = performance.getEntriesByName('backstory:painted');
  const tasks = performance.getEntriesByName('backstory:task');
  const last = painted[painted.length - 1];
  let mentions = 0;
  if (typeof CSS !== 'undefined' && CSS.highlights) {
    for (const [name, highlight] of CSS.highlights) if (name.startsWith('backstory-')) mentions += highlight.size;
  }
  return {
    started: Boolean(start),
    paintedMs: start && last ? last.startTime - start.startTime : null,
    longestTaskMs: tasks.reduce((m, t) => Math.max(m, t.duration), 0),
    totalTaskMs: tasks.reduce((s, t) => s + t.duration, 0),
    taskCount: tasks.length,
    mentions,
  };
})()`;

export interface BareWalk {
  ms: number;
  chars: number;
}

/** Runs of the bare walk; the median is reported (the first run warms caches). */
export const BARE_WALK_RUNS = 3;

/**
 * The baseline: a TreeWalker over every text node under body, joining their data — the least any
 * text extraction must do. Median of BARE_WALK_RUNS runs.
 */
export const BARE_WALK = `(() => {
  const times = [];
  let chars = 0;
  for (let run = 0; run < ${BARE_WALK_RUNS}; run += 1) {
    const t0 = performance.now();
    const walker = document.createTreeWalker(document.body || document.documentElement, NodeFilter.SHOW_TEXT);
    const parts = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) parts.push(node.data);
    chars = parts.join('').length;
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)], chars };
})()`;

export interface DomCheck {
  /** False when the probe never ran (no DOMContentLoaded seen). */
  probed: boolean;
  changes: string[];
  overflow: number;
  /** The DOMContentLoaded snapshot equals the served HTML as parsed by DOMParser. */
  matchesServedParse: boolean;
  /** The live DOM (card host removed) equals the DOMContentLoaded snapshot. */
  matchesSnapshot: boolean;
}

/** Source of a function `(servedHtml) => DomCheck`, for `evaluate(new Function…)`-free callers. */
export function domCheckExpression(servedHtml: string): string {
  return `(() => {
  const probe = window.${PROBE_GLOBAL};
  if (!probe || probe.snapshot === null) return { probed: false, changes: [], overflow: 0, matchesServedParse: false, matchesSnapshot: false };
  const served = ${JSON.stringify(servedHtml)};
  const parsed = new DOMParser().parseFromString(served, 'text/html').documentElement.outerHTML;
  const clone = document.documentElement.cloneNode(true);
  for (const host of clone.querySelectorAll('[${CARD_HOST_ATTRIBUTE}]')) host.remove();
  return {
    probed: true,
    changes: probe.changes.slice(),
    overflow: probe.overflow,
    matchesServedParse: parsed === probe.snapshot,
    matchesSnapshot: clone.outerHTML === probe.snapshot,
  };
})()`;
}

export interface FinalRead {
  timeline: TimelineSummary;
  /** Null when the caller skipped the DOM-change check. */
  dom: DomCheck | null;
  walk: BareWalk;
}

/**
 * READ_TIMELINE, the DOM check (unless `servedHtml` is null) and BARE_WALK in one expression, run in
 * that order: one protocol round trip per page instead of three, for the same three readings.
 */
export function finalReadExpression(servedHtml: string | null): string {
  const dom = servedHtml === null ? 'null' : domCheckExpression(servedHtml);
  return `(() => ({ timeline: ${READ_TIMELINE}, dom: ${dom}, walk: ${BARE_WALK} }))()`;
}

/** The DOM-change problems a DomCheck shows (empty when the DOM is untouched). */
export function domProblems(check: DomCheck): string[] {
  if (!check.probed) return ['could not observe the DOM (the probe never saw DOMContentLoaded)'];
  const problems = [...check.changes];
  if (check.overflow > 0) problems.push(`… and ${check.overflow} more mutations`);
  if (!check.matchesServedParse) problems.push('DOM at DOMContentLoaded differs from the served HTML');
  if (!check.matchesSnapshot && check.changes.length === 0) {
    problems.push('final DOM differs from the DOMContentLoaded snapshot');
  }
  return problems;
}
