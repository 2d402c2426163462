/**
 * Knowledge packs on the options page: the reader's list (switch, order, details, remove, check
 * now), adding a pack from a file (with its `.sig` when chosen together), and subscribing by URL.
 * Subscribing first asks the browser for access to that one site — in the click itself, as the
 * browser requires — and only then does the background fetch anything.
 */
import { useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { PackProblem } from '../../../src/knowledge/problems';
import { formatProblem } from '../../../src/knowledge/problems';
import type { Message } from '../../../src/messages/protocol';
import { SIGNATURE_SUFFIX } from '../../../src/packs/signature';
import type { PackSummary } from '../../../src/packs/summary';
import { hostPermissionFor, subscriptionOrigin } from '../../../src/packs/urls';
import { HeldPlace } from '../../shared/held-place';
import { t } from '../../shared/i18n';
import { PackRow, type RowActions } from './pack-row';
import { type PacksReply, sendPacks, usePackList } from './packs-client';

type Outcome = { kind: 'ok' | 'error'; message: string; problems?: PackProblem[] };

function Outcome(props: { outcome: Outcome | undefined }) {
  const { outcome } = props;
  if (!outcome) return null;
  if (outcome.kind === 'ok')
    return (
      <p class="ok" role="status" id="packs-outcome">
        {outcome.message}
      </p>
    );
  return (
    <div class="error" role="alert" id="packs-outcome">
      <p>{outcome.message}</p>
      {outcome.problems && outcome.problems.length > 0 && (
        <ul>
          {outcome.problems.map((p) => (
            <li key={formatProblem(p)}>
              <code>{formatProblem(p)}</code>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

async function readFiles(files: readonly File[]): Promise<Message | string> {
  const packFile = files.find((f) => !f.name.endsWith(SIGNATURE_SUFFIX));
  const sigFile = files.find((f) => f.name.endsWith(SIGNATURE_SUFFIX));
  if (!packFile) return t('packsChooseFile');
  const text = await packFile.text();
  const message: Message = { type: 'add-pack-file', fileName: packFile.name, text };
  if (sigFile) message.signature = await sigFile.text();
  return message;
}

function Subscribe(props: { run(message: Message, done: string): void; fail(message: string): void }) {
  const [url, setUrl] = useState('');
  const [key, setKey] = useState('');
  const submit = (event: Event) => {
    event.preventDefault();
    const address = url.trim();
    const pattern = hostPermissionFor(address);
    if (pattern === undefined) {
      props.fail(t('packsBadAddress'));
      return;
    }
    // In the click itself: browsers only show the permission request during a user gesture.
    void browser.permissions.request({ origins: [pattern] }).then((granted) => {
      if (!granted) {
        props.fail(t('packsAccessRefused', [subscriptionOrigin(address) ?? pattern]));
        return;
      }
      const message: Message = { type: 'subscribe-pack', url: address };
      if (key.trim() !== '') message.publisherKey = key.trim();
      props.run(message, t('packsSubscribed', [address]));
      setUrl('');
      setKey('');
    });
  };
  return (
    <form class="pack-subscribe" onSubmit={submit}>
      <label for="pack-url">{t('packsSubscribeLabel')}</label>
      <input
        id="pack-url"
        type="url"
        placeholder={t('packsAddressPlaceholder')}
        value={url}
        onInput={(e) => setUrl((e.currentTarget as HTMLInputElement).value)}
      />
      <label for="pack-key">{t('packsKeyLabel')}</label>
      <input
        id="pack-key"
        type="text"
        value={key}
        onInput={(e) => setKey((e.currentTarget as HTMLInputElement).value)}
      />
      <button type="submit" id="pack-subscribe">
        {t('packsSubscribe')}
      </button>
    </form>
  );
}

function PackList(props: { list: readonly PackSummary[]; actions: RowActions }) {
  const { list, actions } = props;
  return (
    <ol class="packs">
      {list.map((pack, index) => (
        <PackRow key={pack.id} pack={pack} index={index} count={list.length} actions={actions} />
      ))}
    </ol>
  );
}

/** For a list that is only measured, never shown (the first opening's stand-in). */
const NO_ACTIONS: RowActions = { toggle() {}, move() {}, remove() {}, check() {} };

export function PacksSection() {
  const [reply, setReply] = usePackList();
  const [outcome, setOutcome] = useState<Outcome | undefined>();
  const [busy, setBusy] = useState(false);
  const run = (message: Message, done?: string) => {
    setBusy(true);
    void sendPacks(message).then((next: PacksReply) => {
      setBusy(false);
      if ('error' in next)
        setOutcome({ kind: 'error', message: t('packsRefused', [next.error]), problems: next.problems });
      else {
        setReply(next);
        setOutcome(done ? { kind: 'ok', message: done } : undefined);
      }
    });
  };
  const fail = (message: string) => setOutcome({ kind: 'error', message });
  const actions: RowActions = {
    toggle: (id, enabled) => run({ type: 'set-pack-enabled', id, enabled }),
    move: (id, toIndex) => run({ type: 'move-pack', id, toIndex }),
    remove: (id) => run({ type: 'remove-pack', id }, t('packsRemoved', [id])),
    check: (id) => run({ type: 'check-pack-updates', id }, t('packsChecked')),
  };
  const addFiles = async (input: HTMLInputElement) => {
    const files = [...(input.files ?? [])];
    input.value = '';
    if (files.length === 0) return;
    const message = await readFiles(files);
    if (typeof message === 'string') fail(message);
    else run(message, t('packsAdded', [message.type === 'add-pack-file' ? message.fileName : '']));
  };
  const list = reply && 'packs' in reply ? reply.packs : [];
  return (
    <fieldset id="packs" aria-busy={busy}>
      <legend>{t('packsHeading')}</legend>
      <p class="hint">{t('packsHint')}</p>
      <HeldPlace
        part="options.packs"
        ready={reply !== undefined}
        class="packs-place"
        firstTime={<PackList list={__FIRST_OPENING_PACKS__} actions={NO_ACTIONS} />}
      >
        {reply && 'storageError' in reply && reply.storageError && (
          <p class="error" role="alert">
            {t('packsStorageError', [reply.storageError])}
          </p>
        )}
        <PackList list={list} actions={actions} />
      </HeldPlace>
      <div class="row">
        <label class="file-button">
          {t('packsAddFile')}
          <input
            id="pack-file"
            type="file"
            accept="application/json,.json,.sig"
            multiple
            onChange={(e) => void addFiles(e.currentTarget as HTMLInputElement)}
          />
        </label>
        {list.some((p) => p.source === 'url') && (
          <button
            type="button"
            id="packs-check-all"
            onClick={() => run({ type: 'check-pack-updates' }, t('packsChecked'))}
          >
            {t('packsCheckAll')}
          </button>
        )}
      </div>
      <Subscribe run={run} fail={fail} />
      <Outcome outcome={outcome} />
    </fieldset>
  );
}
