/**
 * The background's one message router: a single `runtime.onMessage` listener parses each message
 * once (`parseMessage`, valibot) and hands it to the route for its type, if the sender passes the
 * rule that route declares. A new message type is one schema in src/messages/protocol.ts and one
 * route, declared beside its handler and collected in index.ts.
 *
 * Sender rules (every rule first requires `sender.id === runtime.id`: this extension):
 * - `content`: a content script — in a tab's top frame, on a web page (not an extension page);
 * - `extension-page`: the popup or options page (its URL is under the extension's own origin,
 *   in a tab or not);
 * - `any-own`: any context of this extension.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import {
  type ErrorResponse,
  type MessageOf,
  type MessageType,
  parseMessage,
} from '../../src/messages/protocol';

export type SenderRule = 'content' | 'extension-page' | 'any-own';

/**
 * A handler answers with a promise (the reply) or undefined (no reply). It receives a message
 * already parsed and a sender already checked.
 */
export type Route<T extends MessageType> = {
  from: SenderRule;
  handle(message: MessageOf<T>, sender: Runtime.MessageSender): Promise<unknown> | undefined;
};

export type Routes = { [T in MessageType]?: Route<T> };

function fromExtensionPage(sender: Runtime.MessageSender): boolean {
  return (sender.url ?? '').startsWith(browser.runtime.getURL(''));
}

/** Whether `sender` passes `rule`. */
export function senderPasses(rule: SenderRule, sender: Runtime.MessageSender): boolean {
  if (sender.id !== browser.runtime.id) return false;
  switch (rule) {
    case 'any-own':
      return true;
    case 'extension-page':
      return fromExtensionPage(sender);
    case 'content':
      return sender.tab?.id !== undefined && sender.frameId === 0 && !fromExtensionPage(sender);
  }
}

/**
 * Dispatches one message: the handler's reply, or undefined when the message is malformed, of a
 * type without a route, or from a sender the route does not accept (it is then left alone).
 */
export function routeMessage(
  routes: Routes,
  message: unknown,
  sender: Runtime.MessageSender,
): Promise<unknown> | undefined {
  const parsed = parseMessage(message);
  if (!parsed) return undefined;
  const route = routes[parsed.type] as Route<typeof parsed.type> | undefined;
  if (!route || !senderPasses(route.from, sender)) return undefined;
  return route.handle(parsed, sender);
}

/**
 * Registers the one listener. Call once, synchronously at start (a woken worker gets its event).
 * Replies go through `sendResponse` + `return true` (native Chrome listeners cannot answer with a
 * promise); a handler that fails answers `{ error }`.
 */
export function listenForMessages(routes: Routes): void {
  const listener = (
    message: unknown,
    sender: Runtime.MessageSender,
    sendResponse: (reply: unknown) => void,
  ) => {
    const reply = routeMessage(routes, message, sender);
    if (!reply) return false;
    reply.then(sendResponse, (error: unknown) => {
      const failed: ErrorResponse = { error: error instanceof Error ? error.message : String(error) };
      sendResponse(failed);
    });
    return true;
  };
  browser.runtime.onMessage.addListener(
    listener as Parameters<typeof browser.runtime.onMessage.addListener>[0],
  );
}
