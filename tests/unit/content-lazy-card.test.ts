/**
 * The card module loaded on first need (extension/content/lazy-card.ts): a failed import opens
 * nothing and throws nothing into the page, and a later request tries again; a loaded module is
 * imported once and installed once.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type * as CardModule from '../../extension/content/card/index';

vi.mock('webextension-polyfill', () => ({ default: {} }));
vi.stubGlobal('__TEST_HOOKS__', false);
const { lazyCard } = await import('../../extension/content/lazy-card');

type Controller = CardModule.CardController;

const session = {
  mentions: { mentionAt: () => undefined, mentions: () => [], onMentionsChanged: () => {} },
};

function fakeModule(): { module: typeof CardModule; installs: () => number; controller: Controller } {
  let count = 0;
  const controller = {
    stepMention: vi.fn(),
    setHoverDelay: vi.fn(),
    destroy: vi.fn(),
  } as unknown as Controller;
  const module = {
    installCard: () => {
      count++;
      return controller;
    },
    isBackstoryHost: (node: Node) => (node as unknown) === 'host',
  } as unknown as typeof CardModule;
  return { module, installs: () => count, controller };
}

/** Lets the import's promise chain settle. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('lazy card module', () => {
  it('opens nothing and throws nothing when the import fails, and tries again on a later request', async () => {
    vi.useFakeTimers({ toFake: ['performance'] });
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { module, controller } = fakeModule();
    const importCard = vi
      .fn<() => Promise<typeof CardModule>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValue(module);
    const card = lazyCard(session, 300, importCard);
    const used = vi.fn();

    expect(() => card.use(used)).not.toThrow();
    await settle();
    expect(used).not.toHaveBeenCalled();
    expect(errors).toHaveBeenCalledWith('[Backstory]', expect.stringContaining('card load'));

    card.use(used); // right after the failure: no new try
    await settle();
    expect(importCard).toHaveBeenCalledTimes(1);

    vi.advanceTimersByTime(1_000);
    card.use(used);
    await settle();
    expect(importCard).toHaveBeenCalledTimes(2);
    expect(used).toHaveBeenCalledWith(controller);
    expect(card.isHost('host' as unknown as Node)).toBe(true);
  });

  it('logs nothing when the import fails because the page is being left, and logs again once it is back', async () => {
    vi.useFakeTimers({ toFake: ['performance'] });
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const page = new EventTarget();
    const importCard = vi.fn(async (): Promise<typeof CardModule> => {
      throw new TypeError('error loading dynamically imported module');
    });
    const card = lazyCard(session, 300, importCard, page);
    page.dispatchEvent(new Event('pagehide'));
    card.use(vi.fn());
    await settle();
    expect(importCard).toHaveBeenCalledTimes(1);
    expect(errors).not.toHaveBeenCalled();

    page.dispatchEvent(new Event('pageshow')); // restored from the back-forward cache
    vi.advanceTimersByTime(1_000);
    card.use(vi.fn());
    await settle();
    expect(importCard).toHaveBeenCalledTimes(2);
    expect(errors).toHaveBeenCalledWith('[Backstory]', expect.stringContaining('card load'));
  });

  it('imports and installs the module once, however many requests wait for it', async () => {
    const { module, installs } = fakeModule();
    const importCard = vi.fn(async () => module);
    const card = lazyCard(session, 300, importCard);
    const used = vi.fn();
    expect(card.isHost('host' as unknown as Node)).toBe(false);
    card.use(used);
    card.use(used);
    await settle();
    card.use(used);
    await settle();
    expect(importCard).toHaveBeenCalledTimes(1);
    expect(installs()).toBe(1);
    expect(used).toHaveBeenCalledTimes(3);
  });

  it('installs nothing when destroyed while the module loads', async () => {
    const { module, installs } = fakeModule();
    const card = lazyCard(session, 300, async () => module);
    const used = vi.fn();
    card.use(used);
    card.destroy();
    await settle();
    expect(installs()).toBe(0);
    expect(used).not.toHaveBeenCalled();
  });
});
