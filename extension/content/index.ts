/**
 * Content script entry (classic IIFE, `content.js`, runs at document_idle on http(s) pages).
 * Makes the page session (mentions and annotator, page-session.ts) and wires the pieces around
 * it: settings from the background → annotator (read text, recognize in the background, paint) →
 * mention index → hover card (lazy-card.ts: its own module file, `card.js`, loaded and installed
 * on the reader's first pointer input on a page with mentions); the mutation watcher and refresh
 * scheduler keep highlights current; the one message listener (page-messages.ts) answers the
 * popup and background. Everything is guarded: a failure is logged once with `[Backstory]` and
 * never thrown into the page.
 */
import browser from 'webextension-polyfill';
import { type PageSettings, requestPageSettings } from '../shared/settings-client';
import { clearHighlights } from './highlight-painter';
import { guard, guardAsync, markRefresh, markStart } from './instrumentation';
import { type LazyCard, lazyCard } from './lazy-card';
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
        card.destroy();
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
      card.use((c) => c.openCardForEntity(mention.entity, mention.range, { focus: true }));
    },
    step: (direction) => card.use((c) => c.stepMention(direction)),
    settingsChanged: followSettings(session, card, scheduler),
  });

  stopWatching = watchPage(scheduler, card.isHost);
  scheduler.requestNow();
}

if (__TEST_HOOKS__) guard('test bridge', installContentTestBridge);
void guardAsync('start', start);
