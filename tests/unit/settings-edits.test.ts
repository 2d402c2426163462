/**
 * Site list edits never undo one another. The background applies each edit to the copy it reads
 * under the settings lock (so two edits at once both land), "Remove" takes exactly the entry the
 * reader chose, and a page never shows — and so never saves again — a copy of the settings older
 * than its own last write (the options page once put a removed site back that way).
 */
import { describe, expect, it, vi } from 'vitest';
import { defaultSettings, type Settings } from '../../src/settings';
import { fakeSettingsAreas } from '../support/fake-storage';

const OWN_ID = 'backstory-extension-id';
const areas = fakeSettingsAreas();
type Listener = (message: unknown, sender: { id?: string }) => unknown;
const messageListeners = new Set<Listener>();
/** What `runtime.sendMessage` answers next: each call takes the next pending reply. */
const replies: { message: unknown; resolve(value: unknown): void }[] = [];

vi.mock('webextension-polyfill', () => ({
  default: {
    storage: {
      sync: areas.sync,
      local: areas.local,
      onChanged: { addListener() {}, removeListener() {} },
    },
    runtime: {
      id: OWN_ID,
      sendMessage: (message: unknown) =>
        new Promise((resolve) => {
          replies.push({ message, resolve });
        }),
      onMessage: {
        addListener: (l: Listener) => messageListeners.add(l),
        removeListener: (l: Listener) => messageListeners.delete(l),
      },
    },
  },
}));

const storage = await import('../../extension/background/user-storage');
const service = await import('../../extension/background/settings-service');
const client = await import('../../extension/shared/settings-client');

async function storedSites(): Promise<string[]> {
  return (await storage.readSettings()).siteExceptions;
}

describe('site list edits in the background', () => {
  it('applies edits made at the same moment to the latest copy, so none is lost', async () => {
    await storage.replaceSettings({ ...defaultSettings(), siteExceptions: ['kept.example'] });
    await Promise.all([
      service.setSiteHighlighting('a.example', false),
      service.editSiteList('b.example', true),
      service.setSiteHighlighting('c.example', false),
      service.editSiteList('kept.example', true),
      service.editSiteList('d.example', true),
    ]);
    expect((await storedSites()).sort()).toEqual(
      ['a.example', 'b.example', 'c.example', 'd.example', 'kept.example'].sort(),
    );
    await Promise.all([
      service.editSiteList('a.example', false),
      service.setSiteHighlighting('c.example', true),
    ]);
    expect((await storedSites()).sort()).toEqual(['b.example', 'd.example', 'kept.example']);
  });

  it('removes exactly the chosen entry, not a broader one that covers it', async () => {
    await storage.replaceSettings({
      ...defaultSettings(),
      siteExceptions: ['example.org', 'news.example.org'],
    });
    await service.editSiteList('news.example.org', false);
    expect(await storedSites()).toEqual(['example.org']);
    await service.editSiteList('example.org', true);
    expect(await storedSites()).toEqual(['example.org']);
  });
});

describe('a page’s view of the settings (settings-client)', () => {
  const withSites = (siteExceptions: string[]): Settings => ({ ...defaultSettings(), siteExceptions });
  const announce = () => {
    for (const listener of messageListeners) listener({ type: 'settings-changed' }, { id: OWN_ID });
  };
  const takeReply = (type: string) => {
    const at = replies.findIndex((r) => (r.message as { type: string }).type === type);
    if (at < 0) throw new Error(`no ${type} request sent`);
    const [reply] = replies.splice(at, 1);
    if (!reply) throw new Error(`no ${type} request sent`);
    return reply;
  };

  it('never shows a copy read before its own later write; shows that write’s answer', async () => {
    const seen: string[][] = [];
    const stop = client.onSettingsChanged((s) => seen.push(s.siteExceptions));
    // Another change was announced; the page asks for the settings…
    announce();
    const staleRead = takeReply('get-settings');
    // …and before the answer arrives the reader removes one.example.
    const removal = client.editSiteList('one.example', false);
    const write = takeReply('edit-site-list');
    expect(write.message).toEqual({ type: 'edit-site-list', hostname: 'one.example', listed: false });
    staleRead.resolve({ settings: withSites(['one.example', 'two.example']) });
    await Promise.resolve();
    await Promise.resolve();
    expect(seen).toEqual([]);
    write.resolve({ settings: withSites(['two.example']) });
    await expect(removal).resolves.toEqual(withSites(['two.example']));
    expect(seen).toEqual([['two.example']]);
    // Later announcements are shown again.
    announce();
    takeReply('get-settings').resolve({ settings: withSites([]) });
    await vi.waitFor(() => expect(seen).toEqual([['two.example'], []]));
    stop();
  });

  it('asks about a change announced while its own write is out only once that write has ended', async () => {
    const seen: string[][] = [];
    const stop = client.onSettingsChanged((s) => seen.push(s.siteExceptions));
    // The reader removes one.example; while that write is out, a change is announced. An answer
    // asked for now could be read before the write and arrive after it, putting one.example back.
    const removal = client.editSiteList('one.example', false);
    const write = takeReply('edit-site-list');
    announce();
    await Promise.resolve();
    expect(replies.map((r) => (r.message as { type: string }).type)).toEqual([]);
    write.resolve({ settings: withSites(['two.example']) });
    await expect(removal).resolves.toEqual(withSites(['two.example']));
    expect(seen).toEqual([['two.example']]);
    // Asked after the write ended: the answer is as new as anything this page knows, and shown.
    await vi.waitFor(() => expect(replies.length).toBe(1));
    takeReply('get-settings').resolve({ settings: withSites(['three.example', 'two.example']) });
    await vi.waitFor(() => expect(seen).toEqual([['two.example'], ['three.example', 'two.example']]));
    stop();
  });

  it('after a refused write, shows the stored copy again', async () => {
    const seen: string[][] = [];
    const stop = client.onSettingsChanged((s) => seen.push(s.siteExceptions));
    const refused = client.editSiteList('bad.example', true);
    takeReply('edit-site-list').resolve({ error: 'settings not saved: siteExceptions: too many' });
    await expect(refused).rejects.toThrow(/too many/);
    await vi.waitFor(() => expect(replies.length).toBe(1));
    takeReply('get-settings').resolve({ settings: withSites(['stored.example']) });
    await vi.waitFor(() => expect(seen).toEqual([['stored.example']]));
    stop();
  });
});
