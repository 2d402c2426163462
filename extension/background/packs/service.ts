/**
 * Routes the pack messages (src/messages/pack-messages.ts) of the options page and the popup. Only
 * this extension's own pages may send them (`extension-page`): content scripts and other senders
 * cannot list, add or change packs. Each change answers with the list as it now is, or why nothing
 * changed.
 */
import type { PacksResponse } from '../../../src/messages/protocol';
import type { Routes } from '../router';
import { addPackFile, movePackTo, PackChangeError, removePack, setPackEnabled } from './manage';
import { packsState } from './summaries';
import { checkUpdates, subscribe } from './updates';
import { popupKnowledge } from './views';

/** Runs a change, then answers with the list; a refused change answers why. */
async function changeThenList(change: () => Promise<void>): Promise<PacksResponse> {
  try {
    await change();
  } catch (error) {
    if (error instanceof PackChangeError) return { error: error.message, problems: error.problems };
    console.warn('[Backstory] pack change failed:', error);
    return { error: error instanceof Error ? error.message : String(error), problems: [] };
  }
  return packsState();
}

export const packRoutes: Routes = {
  'list-packs': { from: 'extension-page', handle: () => changeThenList(async () => {}) },
  'set-pack-enabled': {
    from: 'extension-page',
    handle: (m) => changeThenList(() => setPackEnabled(m.id, m.enabled)),
  },
  'move-pack': { from: 'extension-page', handle: (m) => changeThenList(() => movePackTo(m.id, m.toIndex)) },
  'remove-pack': { from: 'extension-page', handle: (m) => changeThenList(() => removePack(m.id)) },
  'add-pack-file': {
    from: 'extension-page',
    handle: (m) => changeThenList(() => addPackFile(m.fileName, m.text, m.signature)),
  },
  'subscribe-pack': {
    from: 'extension-page',
    handle: (m) => changeThenList(() => subscribe(m.url, m.publisherKey)),
  },
  'check-pack-updates': {
    from: 'extension-page',
    handle: (m) => changeThenList(() => checkUpdates(m.id === undefined ? {} : { ids: [m.id] })),
  },
  'popup-knowledge': { from: 'extension-page', handle: (m) => popupKnowledge(m.entities) },
};
