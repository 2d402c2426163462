/**
 * Said under a deadline whose day has passed when its pack holds nothing from that day on: the
 * pack cannot tell what happened. When the reader subscribes to that pack, they can ask for a
 * newer copy right here.
 */
import { useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { checkPackUpdates } from './pack';

export type DeadlinePack = { id: string; title: string; asOf: string; subscribed: boolean };

export function PackSilence(props: { pack: DeadlinePack; dueLabel: string }) {
  const { pack, dueLabel } = props;
  const [state, setState] = useState<{ busy: boolean; message?: string }>({ busy: false });
  const check = () => {
    setState({ busy: true });
    void checkPackUpdates(pack.id).then((message) => setState({ busy: false, message }));
  };
  return (
    <div class="pack-silence" role="note">
      <p>{t('popupPackSilence', [pack.title, dueLabel])}</p>
      {pack.subscribed && (
        <button type="button" class="check-pack-updates" disabled={state.busy} onClick={check}>
          {t('popupCheckPackUpdates')}
        </button>
      )}
      {state.message && (
        <p class="check-result" role="status">
          {state.message}
        </p>
      )}
    </div>
  );
}
