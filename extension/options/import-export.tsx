/**
 * Export settings as a JSON download; import a file (it changes exactly the settings it states and
 * leaves the others; any error in it and nothing changes); reset to defaults (confirmed).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  defaultSettings,
  parseSettingsFile,
  SETTING_KEYS,
  type Settings,
  type SettingsProblem,
  serializeSettingsFile,
} from '../../src/settings';
import { t } from '../shared/i18n';
import { replaceSettings, saveSettings } from '../shared/settings-client';
import { ProblemList } from './problem-list';

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
  if (keys.length === SETTING_KEYS.length - 1) return t('optionsImportedAll', [fileName]);
  return t('optionsImportedSome', [keys.join(', '), fileName]);
}

/**
 * Where focus goes when the reset buttons it was on disappear: to the outcome once there is one
 * (after "Yes, reset"), back to "Reset to defaults…" after "Cancel", to "Yes, reset" when asked.
 */
function useResetFocus(confirming: boolean, outcome: Outcome | undefined) {
  const outcomeRef = useRef<HTMLElement>(null);
  const want = useRef<'outcome' | 'reset' | 'confirm' | undefined>(undefined);
  useEffect(() => {
    const target = want.current;
    // The outcome appears only once the reset is saved: until then, keep waiting for it.
    if (target === 'outcome' && !outcomeRef.current) return;
    want.current = undefined;
    if (target === 'outcome') outcomeRef.current?.focus();
    else if (target)
      document.getElementById(target === 'reset' ? 'reset-settings' : 'reset-confirm')?.focus();
  }, [confirming, outcome]);
  return { outcomeRef, next: (target: 'outcome' | 'reset' | 'confirm') => (want.current = target) };
}

export function ImportExport(props: { settings: Settings }) {
  const [outcome, setOutcome] = useState<Outcome | undefined>();
  const [confirmingReset, setConfirmingReset] = useState(false);
  const focus = useResetFocus(confirmingReset, outcome);

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const result = parseSettingsFile(await file.text());
    if (!result.ok) {
      setOutcome({
        kind: 'error',
        message: t('optionsImportRefused', [file.name]),
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

  /** Shows or hides the "Yes, reset" question, focus moving to its first button or back. */
  const askToConfirm = (asking: boolean) => {
    focus.next(asking ? 'confirm' : 'reset');
    setConfirmingReset(asking);
  };

  const reset = async () => {
    focus.next('outcome');
    setConfirmingReset(false);
    try {
      await replaceSettings(defaultSettings());
      setOutcome({ kind: 'ok', message: t('optionsResetDone') });
    } catch (error) {
      setOutcome({ kind: 'error', message: (error as Error).message, problems: [] });
    }
  };

  return (
    <fieldset>
      <legend>{t('optionsBackup')}</legend>
      <div class="row">
        <button
          type="button"
          id="export-settings"
          onClick={() => download(serializeSettingsFile(props.settings))}
        >
          {t('optionsExport')}
        </button>
        <label class="file-button">
          {t('optionsImport')}
          <input
            id="import-settings"
            type="file"
            accept="application/json,.json"
            onChange={(e) => void importFile(e.currentTarget as HTMLInputElement)}
          />
        </label>
        {confirmingReset ? (
          <fieldset class="confirm">
            <legend class="visually-hidden">{t('optionsConfirmReset')}</legend>
            {t('optionsResetQuestion')}{' '}
            <button type="button" id="reset-confirm" class="danger" onClick={() => void reset()}>
              {t('optionsResetYes')}
            </button>{' '}
            <button type="button" id="reset-cancel" onClick={() => askToConfirm(false)}>
              {t('cancel')}
            </button>
          </fieldset>
        ) : (
          <button type="button" id="reset-settings" onClick={() => askToConfirm(true)}>
            {t('optionsReset')}
          </button>
        )}
      </div>
      <p class="hint" id="import-rule">
        {t('optionsImportRule')}
      </p>
      {outcome?.kind === 'ok' && (
        <p class="ok" role="status" id="settings-outcome" tabIndex={-1} ref={focus.outcomeRef as never}>
          {outcome.message}
        </p>
      )}
      {outcome?.kind === 'error' && (
        <div class="error" role="alert" id="import-error" tabIndex={-1} ref={focus.outcomeRef as never}>
          <p>{outcome.message}</p>
          {outcome.problems.length > 0 && <ProblemList problems={outcome.problems} />}
        </div>
      )}
    </fieldset>
  );
}
