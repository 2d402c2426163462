/**
 * Content script entry (classic IIFE, `content.js`, runs at document_idle on http(s) pages).
 * Wires the pieces: settings → annotator (read text, recognize in the background, paint) → mention
 * index → hover card (C2); the mutation watcher and refresh scheduler keep highlights current; page
 * messages answer the popup. Everything is guarded: a failure is logged once with `[Backstory]` and
 * never thrown into the page.
 */
import browser from 'webextension-polyfill';
import { type PageSettings, requestPageSettings } from '../shared/settings-client';
import { annotate, repaint, setSettings } from './annotator';
import { installCard } from './card/index';
import { guard, guardAsync } from './errors';
import { clearHighlights } from './highlight-painter';
import { markStart } from './instrumentation';
import { mentionAt, mentions, onMentionsChanged } from './mention-index';
import { watchPage } from './mutation-watcher';
import { listenForPageMessages } from './page-messages';
import { createRefreshScheduler } from './refresh-scheduler';
import { installContentTestBridge } from './test-bridge';

/** False once the extension was reloaded, updated or removed: this script is then orphaned. */
function extensionAlive(): boolean {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
}

async function start(): Promise<void> {
  markStart();
  const settings = await requestPageSettings();
  setSettings(settings);

  const card = installCard({ mentionAt, mentions, hoverDelayMs: settings.hoverDelayMs });
  onMentionsChanged(() => card.mentionsChanged());

  let stopWatching = () => {};
  const scheduler = createRefreshScheduler(async () => {
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
    const cost = await guardAsync('annotate', () => annotate());
    scheduler.recordCost(cost ?? 0);
  });

  const applySettings = (next: PageSettings) =>
    guard('settings', () => {
      setSettings(next);
      card.setHoverDelay(next.hoverDelayMs);
      // Style and entity types apply to the mentions already found; on/off needs a (re)read or a clear.
      repaint();
      scheduler.requestNow();
    });
  let settingsGeneration = 0;
  const settingsChanged = () => {
    const mine = ++settingsGeneration;
    requestPageSettings(0).then(
      (next) => {
        if (mine === settingsGeneration) applySettings(next); // only the latest of a burst
      },
      () => {}, // the background is gone (extension reloaded): nothing to apply
    );
  };

  listenForPageMessages({
    reveal: (mention) => {
      mention.range.startContainer.parentElement?.scrollIntoView({ block: 'center', inline: 'nearest' });
      card.openCardForEntity(mention.entity, mention.range, { focus: true });
    },
    step: (direction) => card.stepMention(direction),
    settingsChanged,
  });

  stopWatching = watchPage(scheduler);
  scheduler.requestNow();
}

if (__TEST_HOOKS__) guard('test bridge', installContentTestBridge);
void guardAsync('start', start);
