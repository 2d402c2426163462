/**
 * Content script entry (classic IIFE, `content.js`, runs at document_idle on http(s) pages).
 * Makes the page session (mentions and annotator, page-session.ts) and wires the pieces around
 * it: settings from the background → annotator (read text, recognize in the background, paint) →
 * mention index → hover card (installed once the page has a mention); the mutation watcher and refresh scheduler keep highlights current;
 * the one message listener (page-messages.ts) answers the popup and background. Everything is
 * guarded: a failure is logged once with `[Backstory]` and never thrown into the page.
 */
import browser from 'webextension-polyfill';
import { type PageSettings, requestPageSettings } from '../shared/settings-client';
import { type CardController, installCard } from './card/index';
import { clearHighlights } from './highlight-painter';
import { guard, guardAsync, markRefresh, markStart } from './instrumentation';
import { watchPage } from './mutation-watcher';
import { listenForPageMessages } from './page-messages';
import { createPageSession, type PageSession } from './page-session';
import { createRefreshScheduler, type RefreshScheduler } from './refresh-scheduler';
import { installContentTestBridge } from './test-bridge';
import { yieldToPage } from './time-slices';

/** False once the extension was reloaded, updated or removed: this script is then orphaned. */
function extensionAlive(): boolean {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
}

/**
 * The hover card, installed on first need: when the page first has a mention, or when the popup
 * or a shortcut asks for one. A page without names pays for no card listeners at all.
 */
type LazyCard = {
  /** The card, installing it now if it is not yet. */
  get(): CardController;
  /** The card if it is installed. */
  installed(): CardController | undefined;
  setHoverDelay(ms: number): void;
};

function lazyCard(session: PageSession, hoverDelayMs: number): LazyCard {
  const { mentions } = session;
  let card: CardController | undefined;
  let delay = hoverDelayMs;
  const get = () => {
    card ??= installCard({ mentionAt: mentions.mentionAt, mentions: mentions.mentions, hoverDelayMs: delay });
    return card;
  };
  mentions.onMentionsChanged(() => {
    if (card) card.mentionsChanged();
    else if (mentions.mentions().length > 0) get();
  });
  return {
    get,
    installed: () => card,
    setHoverDelay(ms) {
      delay = ms;
      card?.setHoverDelay(ms);
    },
  };
}

/**
 * What to do when the background announces a settings change: ask again, and apply only the
 * latest answer of a burst.
 */
function followSettings(session: PageSession, card: LazyCard, scheduler: RefreshScheduler) {
  const apply = (next: PageSettings) =>
    guard('settings', () => {
      session.annotator.setSettings(next);
      card.setHoverDelay(next.hoverDelayMs);
      // The next pass clears the page (switched off) or reads it afresh and paints it with the new
      // style and entity types (the background also announces a change of its packs this way).
      scheduler.requestNow();
    });
  let generation = 0;
  return () => {
    const mine = ++generation;
    requestPageSettings(0).then(
      (next) => {
        if (mine === generation) apply(next);
      },
      () => {}, // the background is gone (extension reloaded): nothing to apply
    );
  };
}

async function start(): Promise<void> {
  markStart();
  // The bundle's compile and evaluation are one task of the page's; the first message (which also
  // sets up the extension API's bindings) goes in the next, so neither runs long.
  await yieldToPage();
  const session = createPageSession();
  const settings = await requestPageSettings();
  session.annotator.setSettings(settings);

  const card = lazyCard(session, settings.hoverDelayMs);

  let stopWatching = () => {};
  const scheduler = createRefreshScheduler(async () => {
    markRefresh();
    if (!extensionAlive()) {
      // An orphaned script stops quietly and takes its highlights and card with it.
      stopWatching();
      scheduler.dispose();
      guard('orphaned', () => {
        card.installed()?.destroy();
        clearHighlights();
      });
      return;
    }
    const cost = await guardAsync('annotate', () => session.annotator.annotate());
    scheduler.recordCost(cost ?? 0);
  });

  listenForPageMessages(session, {
    reveal: (mention) => {
      mention.range.startContainer.parentElement?.scrollIntoView({ block: 'center', inline: 'nearest' });
      card.get().openCardForEntity(mention.entity, mention.range, { focus: true });
    },
    step: (direction) => card.get().stepMention(direction),
    settingsChanged: followSettings(session, card, scheduler),
  });

  stopWatching = watchPage(scheduler);
  scheduler.requestNow();
}

if (__TEST_HOOKS__) guard('test bridge', installContentTestBridge);
void guardAsync('start', start);
