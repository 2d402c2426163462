/**
 * The extension's keyboard shortcuts as the browser has them now (`commands.getAll()`: what the
 * reader set, or the defaults the browser accepted), and a button to the browser's shortcut
 * settings. Firefox opens them with `commands.openShortcutSettings()`; Chrome lets an extension
 * page open `chrome://extensions/shortcuts` only through `tabs.create` (a plain link is blocked).
 */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t } from './i18n';

export type Shortcut = { name: string; description: string; shortcut: string };

const CHROME_SHORTCUTS_PAGE = 'chrome://extensions/shortcuts';

/** The extension's commands, in manifest order. */
export async function readShortcuts(): Promise<Shortcut[]> {
  const commands = await browser.commands.getAll();
  return commands.map((command) => ({
    name: command.name ?? '',
    description: command.description || t('shortcutOpenPopup'),
    shortcut: command.shortcut ?? '',
  }));
}

export async function openShortcutSettings(): Promise<void> {
  const commands = browser.commands as { openShortcutSettings?: () => Promise<void> };
  if (typeof commands.openShortcutSettings === 'function') {
    await commands.openShortcutSettings();
    return;
  }
  await browser.tabs.create({ url: CHROME_SHORTCUTS_PAGE });
}

function useShortcuts(): Shortcut[] | undefined {
  const [shortcuts, setShortcuts] = useState<Shortcut[] | undefined>();
  useEffect(() => {
    const load = () => void readShortcuts().then(setShortcuts, () => setShortcuts([]));
    load();
    // The reader may change a shortcut while this page is open (Firefox has no change event).
    window.addEventListener('focus', load);
    const onChanged = (
      browser.commands as unknown as {
        onChanged?: { addListener(f: () => void): void; removeListener(f: () => void): void };
      }
    ).onChanged;
    onChanged?.addListener(load);
    return () => {
      window.removeEventListener('focus', load);
      onChanged?.removeListener(load);
    };
  }, []);
  return shortcuts;
}

export function ShortcutList(props: { headingId: string }) {
  const shortcuts = useShortcuts();
  const [error, setError] = useState<string | undefined>();
  if (!shortcuts) return null;
  const open = () => {
    setError(undefined);
    openShortcutSettings().catch((e: unknown) =>
      setError(t('shortcutSettingsFailed', [(e as Error).message])),
    );
  };
  return (
    <div class="shortcuts">
      <dl class="shortcut-list" aria-labelledby={props.headingId}>
        {shortcuts.map((s) => (
          <div class="shortcut" key={s.name} data-command={s.name}>
            <dt>{s.description}</dt>
            <dd>{s.shortcut ? <kbd>{s.shortcut}</kbd> : <span class="unset">{t('shortcutNotSet')}</span>}</dd>
          </div>
        ))}
      </dl>
      <button type="button" class="link-button" id="change-shortcuts" onClick={open}>
        {t('shortcutChange')}
      </button>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
