/**
 * Keyboard commands `step-next-mention` / `step-previous-mention`: tell the active tab's content
 * script to open the card of the next/previous mention. Tabs without our content script (browser
 * pages, stores) simply do not answer; that is not an error.
 */
import browser from 'webextension-polyfill';
import type { Message } from '../../src/messages/protocol';

export const STEP_COMMANDS: Readonly<Record<string, 1 | -1>> = {
  'step-next-mention': 1,
  'step-previous-mention': -1,
};

async function stepInActiveTab(direction: 1 | -1): Promise<void> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  const message: Message = { type: 'step-mention', direction };
  await browser.tabs.sendMessage(tab.id, message).catch(() => undefined);
}

export function registerMentionCommands(): void {
  browser.commands.onCommand.addListener((command: string) => {
    const direction = STEP_COMMANDS[command];
    if (direction !== undefined) void stepInActiveTab(direction);
  });
}
