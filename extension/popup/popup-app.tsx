/** The toolbar popup: deadlines, this site's switch, names on this page, other names. */
import { useEffect, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { formatDueDay, readerTimeZone } from '../../src/deadlines';
import type { PopupKnowledgeResponse } from '../../src/messages/protocol';
import { isHighlightingEnabled, type Settings } from '../../src/settings';
import { onSettingsChanged, readSettings } from '../shared/settings-client';
import { readTabState, revealInTab, type TabState } from './active-tab';
import { AlsoMentioned } from './also-mentioned';
import { popupNow } from './clock';
import { DeadlineList } from './deadline-list';
import { foundEntities, OnThisPage } from './on-this-page';
import { loadKnowledge, onKnowledgeChanged } from './pack';
import { SiteSwitch } from './site-switch';

type Loaded<T> = { kind: 'loading' } | { kind: 'ok'; value: T } | { kind: 'error'; message: string };

function useLoaded<T>(load: () => Promise<T>): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ kind: 'loading' });
  useEffect(() => {
    load()
      .then((value) => setState({ kind: 'ok', value }))
      .catch((e: unknown) => setState({ kind: 'error', message: (e as Error).message }));
  }, []);
  return state;
}

/** After a settings change, time for the tab's content script to repaint before it is asked again. */
const TAB_REFRESH_DELAY_MS = 600;

/** The tab's state, asked again shortly after each settings change (the counts follow the switch). */
function useTabState(): Loaded<TabState> {
  const [state, setState] = useState<Loaded<TabState>>({ kind: 'loading' });
  useEffect(() => {
    const load = () =>
      readTabState()
        .then((value) => setState({ kind: 'ok', value }))
        .catch((e: unknown) => setState({ kind: 'error', message: (e as Error).message }));
    void load();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = onSettingsChanged(() => {
      clearTimeout(timer);
      timer = setTimeout(load, TAB_REFRESH_DELAY_MS);
    });
    return () => {
      clearTimeout(timer);
      stop();
    };
  }, []);
  return state;
}

function useSettings(): Settings | undefined {
  const [settings, setSettings] = useState<Settings | undefined>();
  useEffect(() => {
    void readSettings().then(setSettings);
    return onSettingsChanged(setSettings);
  }, []);
  return settings;
}

/**
 * The enabled packs' deadlines and the names of the entities the page mentions, asked again when
 * those ids change or the background says the packs changed.
 */
function useKnowledge(entityIds: readonly string[]): Loaded<PopupKnowledgeResponse> {
  const [state, setState] = useState<Loaded<PopupKnowledgeResponse>>({ kind: 'loading' });
  const key = entityIds.join(' ');
  useEffect(() => {
    const load = () =>
      loadKnowledge(entityIds)
        .then((value) => setState({ kind: 'ok', value }))
        .catch((e: unknown) => setState({ kind: 'error', message: (e as Error).message }));
    void load();
    return onKnowledgeChanged(() => void load());
  }, [key]);
  return state;
}

function ThisSite(props: {
  tab: TabState;
  settings: Settings | undefined;
  names: Record<string, string> | undefined;
}) {
  const { tab, settings, names } = props;
  // Once the page has answered, "Also mentioned" stays mounted while the tab state is read again
  // (after a settings or packs change the page re-reads itself and may not answer for a moment):
  // a remount would cancel the background's run and start it over.
  const pageAnswered = useRef(false);
  if (tab.kind !== 'unavailable' && tab.page !== undefined) pageAnswered.current = true;
  if (tab.kind === 'unavailable') {
    return (
      <section aria-labelledby="this-site-heading">
        <h2 id="this-site-heading">This site</h2>
        <p class="empty unavailable">{tab.reason}</p>
      </section>
    );
  }
  const enabled = settings ? isHighlightingEnabled(settings, tab.hostname) : true;
  const choose = (entity: string) => {
    void revealInTab(tab.tabId, entity).then(() => window.close());
  };
  return (
    <>
      <section aria-labelledby="this-site-heading">
        <h2 id="this-site-heading">This site</h2>
        {settings && <SiteSwitch hostname={tab.hostname} settings={settings} />}
      </section>
      <section aria-labelledby="on-page-heading">
        <h2 id="on-page-heading">On this page</h2>
        {tab.page === undefined ? (
          <p class="empty">This page is not answering yet. Reload it and open Backstory again.</p>
        ) : (
          <OnThisPage
            found={names ? foundEntities(tab.page.counts, names) : []}
            enabled={enabled && tab.page.enabled}
            onChoose={choose}
          />
        )}
      </section>
      {pageAnswered.current && enabled && (
        <section aria-labelledby="also-heading">
          <h2 id="also-heading">Also mentioned</h2>
          <AlsoMentioned tabId={tab.tabId} />
        </section>
      )}
    </>
  );
}

export function PopupApp() {
  const locale = navigator.language || 'en-US';
  const timeZone = readerTimeZone();
  const now = useLoaded(popupNow);
  const tab = useTabState();
  const settings = useSettings();
  const found =
    tab.kind === 'ok' && tab.value.kind !== 'unavailable' ? Object.keys(tab.value.page?.counts ?? {}) : [];
  const pack = useKnowledge(found.sort());
  const packValue = pack.kind === 'ok' ? pack.value : undefined;
  const packOfDeadline = new Map(packValue?.deadlines.map((d) => [d.deadline.id, d.pack]));
  return (
    <main class="popup">
      <header>
        <h1>Backstory</h1>
        <button type="button" class="link-button" onClick={() => void browser.runtime.openOptionsPage()}>
          Settings
        </button>
      </header>
      <section aria-labelledby="deadlines-heading">
        <h2 id="deadlines-heading">Deadlines</h2>
        {pack.kind === 'error' && (
          <p class="error" role="alert">
            Deadlines are unavailable: {pack.message}
          </p>
        )}
        {packValue && now.kind === 'ok' && (
          <>
            <DeadlineList
              deadlines={packValue.deadlines.map((d) => d.deadline)}
              packAsOf={packValue.asOf ?? ''}
              packOf={(id) => packOfDeadline.get(id)}
              now={now.value}
              locale={locale}
              timeZone={timeZone}
            />
            {packValue.asOf && (
              <p class="knowledge-date">
                Knowledge as of <time dateTime={packValue.asOf}>{formatDueDay(packValue.asOf, locale)}</time>
              </p>
            )}
          </>
        )}
      </section>
      {tab.kind === 'ok' && <ThisSite tab={tab.value} settings={settings} names={packValue?.names} />}
      {tab.kind === 'error' && (
        <p class="error" role="alert">
          Could not read the current tab: {tab.message}
        </p>
      )}
    </main>
  );
}
