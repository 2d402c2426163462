/**
 * Names on the page the knowledge file does not cover, found by the background (compromise). Asked
 * over a port: closing the popup disconnects it, and the background stops the run.
 */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { Message } from '../../src/messages/protocol';

/** The background's `ALSO_MENTIONED_PORT` (not imported: that module is the background's). */
const ALSO_MENTIONED_PORT = 'also-mentioned';

type AlsoMentionedReply = { names?: { text: string; kind: string }[]; error?: string };
type State =
  | { kind: 'loading' }
  | { kind: 'done'; names: { text: string; kind: string }[] }
  | { kind: 'error'; message: string };

export function AlsoMentioned(props: { tabId: number }) {
  const [state, setState] = useState<State>({ kind: 'loading' });
  useEffect(() => {
    const port = browser.runtime.connect({ name: ALSO_MENTIONED_PORT });
    port.onMessage.addListener((reply: unknown) => {
      const { names, error } = (reply ?? {}) as AlsoMentionedReply;
      if (Array.isArray(names)) setState({ kind: 'done', names });
      else setState({ kind: 'error', message: error ?? 'No answer from Backstory’s background.' });
      port.disconnect();
    });
    port.onDisconnect.addListener(() =>
      setState((now) =>
        now.kind === 'loading' ? { kind: 'error', message: 'No answer from Backstory’s background.' } : now,
      ),
    );
    const request: Message = { type: 'also-mentioned', tabId: props.tabId };
    port.postMessage(request);
    return () => port.disconnect();
  }, [props.tabId]);
  if (state.kind === 'loading') return <p class="empty">Looking for other names…</p>;
  if (state.kind === 'error') return <p class="empty">Could not look for other names: {state.message}</p>;
  if (state.names.length === 0) return <p class="empty">No other names found.</p>;
  return (
    <ul class="also">
      {state.names.map((name) => (
        <li key={name.text} data-kind={name.kind}>
          {name.text}
        </li>
      ))}
    </ul>
  );
}
