/** "Highlights on <hostname>": flips the site's exception; the open tab reacts at once. */
import { useState } from 'preact/hooks';
import { isHighlightingEnabled, type Settings } from '../../src/settings';
import { setSiteHighlighting } from '../shared/settings-client';

export function SiteSwitch(props: { hostname: string; settings: Settings }) {
  const { hostname, settings } = props;
  const [error, setError] = useState<string | undefined>();
  const enabled = isHighlightingEnabled(settings, hostname);
  const change = (next: boolean) => {
    setError(undefined);
    setSiteHighlighting(hostname, next).catch((e: unknown) =>
      setError(`Could not save: ${(e as Error).message}`),
    );
  };
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
          Highlights on <strong class="hostname">{hostname}</strong>
        </span>
      </label>
      {!settings.enabledByDefault && (
        <p class="hint">Highlights are off by default; this site is {enabled ? 'an exception' : 'off'}.</p>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
