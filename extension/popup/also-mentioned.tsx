/**
 * Names on the page the knowledge file does not cover, found by the background (compromise). Asked
 * over a port: closing the popup disconnects it, and the background stops the run.
 */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { Message } from '../../src/messages/protocol';
import { t } from '../shared/i18n';

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
      else setState({ kind: 'error', message: error ?? t('alsoNoAnswer') });
      port.disconnect();
    });
    port.onDisconnect.addListener(() =>
      setState((now) => (now.kind === 'loading' ? { kind: 'error', message: t('alsoNoAnswer') } : now)),
    );
    const request: Message = { type: 'also-mentioned', tabId: props.tabId };
    port.postMessage(request);
    return () => port.disconnect();
  }, [props.tabId]);
  if (state.kind === 'loading') return <p class="empty">{t('alsoLoading')}</p>;
  if (state.kind === 'error') return <p class="empty">{t('alsoFailed', [state.message])}</p>;
  if (state.names.length === 0) return <p class="empty">{t('alsoNone')}</p>;
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
