/** Figures and the printed table of the many-tabs bench. Pure: no browser. */
import { median } from '../../sweep/report';
import type { BenchTable } from '../types';
import type { TabOutcome } from './open-together';

export type RoundResult = { round: number; config: string; tabs: TabOutcome[]; load: string };

export type ConfigFigures = {
  config: string;
  round: number;
  load: string;
  painted: number;
  expected: number;
  medianS: number;
  lastS: number;
  lastPage: string;
  /** The run's last page `load` event (every tab, with names or not), s from the start of opening. */
  lastLoadS: number;
  lastLoadPage: string;
  /** Tabs whose `load` event was seen, of all tabs: the last load is a lower bound when short. */
  loadsSeen: number;
  tabCount: number;
  /** `lastS − lastLoadS`: negative when every highlight came before the last page had loaded. */
  lastAfterLoadS: number;
  /** Median JS heap per tab (MB). */
  heapMb: number;
  /** Median over pages of (this heap − the same page's heap without an extension), MB. */
  heapGrowthMb: number;
};

const MB = 1024 * 1024;

export type LastLoad = { lastLoadS: number; lastLoadPage: string; loadsSeen: number; tabCount: number };

/** The tab whose `load` event ended last in a run (tabs without a load time are counted out). */
export function lastLoad(tabs: readonly TabOutcome[]): LastLoad {
  const loaded = tabs.filter((t) => t.loadMs !== null && Number.isFinite(t.loadMs));
  const last = loaded.reduce<TabOutcome | undefined>(
    (a, t) => (a === undefined || (t.loadMs ?? 0) > (a.loadMs ?? 0) ? t : a),
    undefined,
  );
  return {
    lastLoadS: (last?.loadMs ?? Number.NaN) / 1000,
    lastLoadPage: last?.page ?? '-',
    loadsSeen: loaded.length,
    tabCount: tabs.length,
  };
}

export function configFigures(
  result: RoundResult,
  expected: ReadonlySet<string>,
  bare: readonly TabOutcome[] | undefined,
): ConfigFigures {
  const withNames = result.tabs.filter((t) => expected.has(t.page));
  const painted = withNames.filter((t) => t.highlightMs !== null);
  const last = painted.reduce<TabOutcome | undefined>(
    (a, t) => (a === undefined || (t.highlightMs ?? 0) > (a.highlightMs ?? 0) ? t : a),
    undefined,
  );
  const bareHeap = new Map((bare ?? []).map((t) => [t.page, t.heapBytes]));
  const loads = lastLoad(result.tabs);
  const lastS = (last?.highlightMs ?? Number.NaN) / 1000;
  const growth = result.tabs
    .map((t) => t.heapBytes - (bareHeap.get(t.page) ?? Number.NaN))
    .filter(Number.isFinite);
  return {
    config: result.config,
    round: result.round,
    load: result.load,
    painted: painted.length,
    expected: withNames.length,
    medianS: median(painted.map((t) => (t.highlightMs ?? 0) / 1000)),
    lastS,
    lastPage: last?.page ?? '-',
    ...loads,
    lastAfterLoadS: lastS - loads.lastLoadS,
    heapMb: median(result.tabs.map((t) => t.heapBytes).filter(Number.isFinite)) / MB,
    heapGrowthMb: median(growth) / MB,
  };
}

/** A signed difference in seconds to 10 ms ("+0.01", "-1.29"); "-" when unknown. */
function signedSeconds(s: number): string {
  if (!Number.isFinite(s)) return '-';
  return `${s >= 0 ? '+' : ''}${s.toFixed(2)}`;
}

export function manyTabsTable(tabCount: number, figures: readonly ConfigFigures[]): BenchTable {
  const naiveLast = new Map(figures.filter((f) => f.config === 'naive').map((f) => [f.round, f.lastS]));
  return {
    title: `Many tabs: ${tabCount} largest corpus pages opened at once in Chromium`,
    columns: [
      'round',
      'extension',
      'load avg',
      'tabs with names (painted/expected)',
      'highlights median s',
      'last s',
      'last page',
      'last load s',
      'last loaded page',
      'last − last load s',
      'last ÷ naive last (goal ≤1)',
      'heap/tab MB',
      'heap growth/tab MB',
    ],
    rows: figures.map((f) => {
      const naive = naiveLast.get(f.round);
      const ratio = f.config === 'none' || naive === undefined ? '-' : `${(f.lastS / naive).toFixed(2)}×`;
      return [
        f.round,
        f.config,
        f.load,
        f.config === 'none' ? '-' : `${f.painted}/${f.expected}`,
        f.config === 'none' ? '-' : f.medianS,
        f.config === 'none' ? '-' : f.lastS,
        f.config === 'none' ? '-' : f.lastPage,
        f.lastLoadS,
        f.loadsSeen === f.tabCount
          ? f.lastLoadPage
          : `${f.lastLoadPage} (${f.loadsSeen}/${f.tabCount} loads seen)`,
        f.config === 'none' ? '-' : signedSeconds(f.lastAfterLoadS),
        ratio,
        f.heapMb,
        f.config === 'none' ? '-' : f.heapGrowthMb,
      ];
    }),
    notes: [
      'Seconds from the start of opening the tabs to the first highlights in each tab that shows names (expected',
      'set: pages where the extension paints when loaded alone). Heap: Runtime.getHeapUsage after a forced GC,',
      'once every tab settled; growth = median over pages of (heap with the extension − heap with none).',
      "Last load: the end of the run's last page `load` event (navigation timing, every tab), on the highlights'",
      'clock; last − last load < 0: every highlight came before the last page had loaded.',
    ],
  };
}
