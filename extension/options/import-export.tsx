/**
 * Export settings as a JSON download; import a file (it changes exactly the settings it states and
 * leaves the others; any error in it and nothing changes); reset to defaults (confirmed).
 */
import { useState } from 'preact/hooks';
import {
  defaultSettings,
  parseSettingsFile,
  SETTING_KEYS,
  type Settings,
  type SettingsProblem,
  serializeSettingsFile,
} from '../../src/settings';
import { replaceSettings, saveSettings } from '../shared/settings-client';

export const EXPORT_FILE_NAME = 'backstory-settings.json';

function download(text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = EXPORT_FILE_NAME;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

type Outcome =
  | { kind: 'ok'; message: string }
  | { kind: 'error'; message: string; problems: SettingsProblem[] };

/** Which settings an import changed, in words: every one, or the few it named. */
export function importedMessage(fileName: string, keys: readonly string[]): string {
  if (keys.length === SETTING_KEYS.length - 1) return `Imported every setting from ${fileName}.`;
  return `Imported ${keys.join(', ')} from ${fileName}; every other setting is as it was.`;
}

export function ImportExport(props: { settings: Settings }) {
  const [outcome, setOutcome] = useState<Outcome | undefined>();
  const [confirmingReset, setConfirmingReset] = useState(false);

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const result = parseSettingsFile(await file.text());
    if (!result.ok) {
      setOutcome({
        kind: 'error',
        message: `${file.name} was not imported; your settings are unchanged.`,
        problems: result.problems,
      });
      return;
    }
    try {
      await saveSettings(result.patch);
      setOutcome({ kind: 'ok', message: importedMessage(file.name, result.keys) });
    } catch (error) {
      setOutcome({ kind: 'error', message: (error as Error).message, problems: [] });
    }
  };

  const reset = async () => {
    setConfirmingReset(false);
    await replaceSettings(defaultSettings());
    setOutcome({ kind: 'ok', message: 'Settings reset to their defaults.' });
  };

  return (
    <fieldset>
      <legend>Back up and restore</legend>
      <div class="row">
        <button
          type="button"
          id="export-settings"
          onClick={() => download(serializeSettingsFile(props.settings))}
        >
          Export settings
        </button>
        <label class="file-button">
          Import settings…
          <input
            id="import-settings"
            type="file"
            accept="application/json,.json"
            onChange={(e) => void importFile(e.currentTarget as HTMLInputElement)}
          />
        </label>
        {confirmingReset ? (
          <fieldset class="confirm">
            <legend class="visually-hidden">Confirm reset</legend>
            Reset every setting?{' '}
            <button type="button" id="reset-confirm" class="danger" onClick={() => void reset()}>
              Yes, reset
            </button>{' '}
            <button type="button" onClick={() => setConfirmingReset(false)}>
              Cancel
            </button>
          </fieldset>
        ) : (
          <button type="button" id="reset-settings" onClick={() => setConfirmingReset(true)}>
            Reset to defaults…
          </button>
        )}
      </div>
      <p class="hint" id="import-rule">
        An import changes only the settings the file lists and leaves the others as they are. A file with any
        error is not imported at all.
      </p>
      {outcome?.kind === 'ok' && (
        <p class="ok" role="status">
          {outcome.message}
        </p>
      )}
      {outcome?.kind === 'error' && (
        <div class="error" role="alert" id="import-error">
          <p>{outcome.message}</p>
          {outcome.problems.length > 0 && (
            <ul>
              {outcome.problems.map((p) => (
                <li key={`${p.key}:${p.message}`}>
                  <code>{p.key}</code>: {p.message}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </fieldset>
  );
}
