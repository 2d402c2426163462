/** The toolbar popup: deadlines, this site's switch, names on this page, other names. */
import { useEffect, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { readerTimeZone } from '../../src/deadlines';
import type { PopupKnowledgeResponse } from '../../src/messages/protocol';
import { type PageView, shownAnswer } from '../../src/popup/page-view';
import { isHighlightingEnabled, type Settings } from '../../src/settings';
import { HeldPlace } from '../shared/held-place';
import { readerLocale, t, tRef } from '../shared/i18n';
import { onSettingsChanged, readSettings } from '../shared/settings-client';
import { ShortcutList } from '../shared/shortcuts';
import { tabSite } from '../shared/tab-site';
import { heldForTest } from '../shared/test-hold';
import { revealInTab, type TabState } from './active-tab';
import { AlsoMentioned } from './also-mentioned';
import { popupNow } from './clock';
import { DeadlinesBody } from './deadline-list';
import { foundEntities, OnThisPage, onThisPageSummary } from './on-this-page';
import { loadKnowledge, onKnowledgeChanged } from './pack';
import { SiteSwitch } from './site-switch';
import { useTabView } from './tab-view';

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
        .then(async (value) => {
          await heldForTest();
          setState({ kind: 'ok', value });
        })
        .catch((e: unknown) => setState({ kind: 'error', message: (e as Error).message }));
    void load();
    return onKnowledgeChanged(() => void load());
  }, [key]);
  return state;
}

/**
 * The tab's site when the popup gave up before the page's first answer, learned the one way the
 * popup and the commands learn it (`tabSite`: the tab's address, else its content script), so the
 * site switch is offered beside the failure.
 */
function useSiteWithoutAnswer(view: PageView<TabState>): TabState | undefined {
  const tabId = view.kind === 'failed' && view.answer === undefined ? view.key.tabId : null;
  const [site, setSite] = useState<TabState & { kind: 'page' }>();
  useEffect(() => {
    if (tabId === null) return;
    let current = true;
    void tabSite(tabId, false).then((found) => {
      if (current && found.ok) setSite({ kind: 'page', tabId, hostname: found.hostname, page: undefined });
    });
    return () => {
      current = false;
    };
  }, [tabId]);
  return tabId !== null && site?.tabId === tabId ? site : undefined;
}

/** The "On this page" heading, with "Updating…" beside it while the tab is asked (again). */
function OnPageHead(props: { refreshing: boolean }) {
  return (
    <div class="section-head">
      <h2 id="on-page-heading">{t('popupOnThisPage')}</h2>
      {props.refreshing && (
        <span class="refreshing" aria-hidden="true">
          {t('popupRefreshing')}
        </span>
      )}
    </div>
  );
}

/**
 * Holds the place of what is not known yet (the site switch before the tab or the settings have
 * answered, the names before the page has): the same markup, invisible and out of the
 * accessibility tree, so the popup does not move when the answer replaces it.
 */
function SwitchPlaceholder() {
  return (
    <div class="site-switch placeholder" aria-hidden="true">
      <label class="switch">
        <input type="checkbox" disabled tabIndex={-1} />
        <span>{t('popupSwitchLabel', ['\u00a0'])}</span>
      </label>
    </div>
  );
}

/** The popup's sections about the tab while the tab has not answered yet. */
function ThisSitePlaceholder() {
  return (
    <>
      <section aria-labelledby="this-site-heading">
        <h2 id="this-site-heading">{t('popupThisSite')}</h2>
        <SwitchPlaceholder />
      </section>
      <section aria-labelledby="on-page-heading" aria-busy="true">
        <OnPageHead refreshing />
        <p class="empty placeholder" aria-hidden="true">
          {t('popupPageNone')}
        </p>
      </section>
    </>
  );
}

function ThisSite(props: {
  tab: TabState;
  /** A newer answer from the tab is on its way; `tab` is the last one. */
  refreshing: boolean;
  settings: Settings | undefined;
  names: Record<string, string> | undefined;
  /** Only the site is known (the page never answered, and the popup gave up): just the switch. */
  siteOnly?: boolean;
}) {
  const { tab, refreshing, settings, names } = props;
  // Once the page has answered, "Also mentioned" stays mounted while the tab state is read again
  // (after a settings or packs change the page re-reads itself and may not answer for a moment):
  // a remount would cancel the background's run and start it over.
  const pageAnswered = useRef(false);
  if (tab.kind !== 'unavailable' && tab.page !== undefined) pageAnswered.current = true;
  if (tab.kind === 'unavailable') {
    return (
      <section aria-labelledby="this-site-heading">
        <h2 id="this-site-heading">{t('popupThisSite')}</h2>
        <p class="empty unavailable">{tRef(tab.reason)}</p>
      </section>
    );
  }
  const enabled = settings ? isHighlightingEnabled(settings, tab.hostname) : true;
  const choose = (entity: string) => {
    void revealInTab(tab.tabId, entity).then(() => window.close());
  };
  const found = names && tab.page ? foundEntities(tab.page.counts, names) : [];
  const pageEnabled = enabled && tab.page?.enabled === true;
  const site = (
    <section aria-labelledby="this-site-heading">
      <h2 id="this-site-heading">{t('popupThisSite')}</h2>
      {settings ? <SiteSwitch hostname={tab.hostname} settings={settings} /> : <SwitchPlaceholder />}
    </section>
  );
  if (props.siteOnly) return site;
  return (
    <>
      {site}
      <section aria-labelledby="on-page-heading" aria-busy={refreshing ? 'true' : 'false'}>
        <OnPageHead refreshing={refreshing} />
        <p class="visually-hidden" role="status" id="on-page-status">
          {tab.page && names ? onThisPageSummary(found, pageEnabled, tab.hostname) : ''}
        </p>
        {tab.page === undefined ? (
          <p class="empty">{t('popupPageNotAnswering')}</p>
        ) : (
          <OnThisPage found={found} enabled={pageEnabled} onChoose={choose} />
        )}
      </section>
      {pageAnswered.current && enabled && (
        <section aria-labelledby="also-heading">
          <h2 id="also-heading">{t('popupAlsoMentioned')}</h2>
          <AlsoMentioned tabId={tab.tabId} />
        </section>
      )}
    </>
  );
}

export function PopupApp() {
  const locale = readerLocale();
  const timeZone = readerTimeZone();
  const now = useLoaded(popupNow);
  const view = useTabView();
  const answer = shownAnswer(view);
  const siteOnly = useSiteWithoutAnswer(view);
  const tab = answer ?? siteOnly;
  const settings = useSettings();
  const found = tab && tab.kind !== 'unavailable' ? Object.keys(tab.page?.counts ?? {}) : [];
  const pack = useKnowledge(found.sort());
  const packValue = pack.kind === 'ok' ? pack.value : undefined;
  return (
    <main class="popup">
      <header>
        <h1>{t('extName')}</h1>
        <button type="button" class="link-button" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('popupSettings')}
        </button>
      </header>
      <section aria-labelledby="deadlines-heading">
        <h2 id="deadlines-heading">{t('popupDeadlines')}</h2>
        {pack.kind === 'error' && (
          <p class="error" role="alert">
            {t('popupDeadlinesUnavailable', [pack.message])}
          </p>
        )}
        <HeldPlace
          part="popup.deadlines"
          ready={pack.kind !== 'loading' && now.kind !== 'loading'}
          remember={packValue !== undefined && now.kind === 'ok'}
          class="deadlines-body"
          firstTime={
            <DeadlinesBody
              knowledge={__FIRST_OPENING_KNOWLEDGE__}
              now={new Date()}
              locale={locale}
              timeZone={timeZone}
            />
          }
        >
          {packValue && now.kind === 'ok' && (
            <DeadlinesBody knowledge={packValue} now={now.value} locale={locale} timeZone={timeZone} />
          )}
        </HeldPlace>
      </section>
      {(view.kind === 'idle' || view.kind === 'loading') && <ThisSitePlaceholder />}
      {tab && (
        <ThisSite
          tab={tab}
          refreshing={view.kind === 'refreshing'}
          settings={settings}
          names={packValue?.names}
          siteOnly={answer === undefined}
        />
      )}
      {view.kind === 'failed' && (
        <p class="error" role="alert">
          {t('popupTabFailed', [view.message])}
        </p>
      )}
      <section aria-labelledby="shortcuts-heading">
        <h2 id="shortcuts-heading">{t('shortcutsHeading')}</h2>
        <ShortcutList headingId="shortcuts-heading" />
      </section>
    </main>
  );
}
