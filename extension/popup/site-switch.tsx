/** "Highlights on <hostname>": flips the site's exception; the open tab reacts at once. */
import { useState } from 'preact/hooks';
import { isHighlightingEnabled, type Settings } from '../../src/settings';
import { t } from '../shared/i18n';
import { setSiteHighlighting } from '../shared/settings-client';

export function SiteSwitch(props: { hostname: string; settings: Settings }) {
  const { hostname, settings } = props;
  const [error, setError] = useState<string | undefined>();
  const enabled = isHighlightingEnabled(settings, hostname);
  const change = (next: boolean) => {
    setError(undefined);
    setSiteHighlighting(hostname, next).catch((e: unknown) =>
      setError(t('saveFailed', [(e as Error).message])),
    );
  };
  const [before, after] = t('popupSwitchLabel', ['\uE000']).split('\uE000');
  return (
    <div class="site-switch">
      <label class="switch">
        <input
          type="checkbox"
          role="switch"
          aria-checked={enabled}
          id="site-switch"
          checked={enabled}
          onChange={(event) => change((event.currentTarget as HTMLInputElement).checked)}
        />
        <span>
          {before}
          <strong class="hostname">{hostname}</strong>
          {after}
        </span>
      </label>
      {!settings.enabledByDefault && (
        <p class="hint">{enabled ? t('popupOffByDefaultException') : t('popupOffByDefaultOff')}</p>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
