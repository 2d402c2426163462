/**
 * The extension's keyboard shortcuts as the browser has them now (`commands.getAll()`: what the
 * reader set, or the defaults the browser accepted), and a button to the browser's shortcut
 * settings. Firefox opens them with `commands.openShortcutSettings()`; Chrome lets an extension
 * page open `chrome://extensions/shortcuts` only through `tabs.create` (a plain link is blocked).
 */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t } from './i18n';
import { heldForTest } from './test-hold';

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
    const load = () =>
      void readShortcuts()
        .catch((): Shortcut[] => [])
        .then(async (shortcuts) => {
          await heldForTest();
          setShortcuts(shortcuts);
        });
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

type ManifestCommands = Record<string, { description?: string; suggested_key?: { default?: string } }>;

/** A manifest string, localized when it names a message (`__MSG_key__`). */
function manifestText(text: string | undefined): string {
  const message = /^__MSG_(\w+)__$/.exec(text ?? '')?.[1];
  return message ? browser.i18n.getMessage(message) : (text ?? '');
}

/** The commands the manifest declares, with their suggested keys: what the list will most likely show. */
function declaredShortcuts(): Shortcut[] {
  const commands = (browser.runtime.getManifest() as { commands?: ManifestCommands }).commands ?? {};
  return Object.entries(commands).map(([name, command]) => ({
    name,
    description: manifestText(command.description) || t('shortcutOpenPopup'),
    shortcut: command.suggested_key?.default ?? '',
  }));
}

function Keys(props: { shortcut: string }) {
  return props.shortcut ? <kbd>{props.shortcut}</kbd> : <span class="unset">{t('shortcutNotSet')}</span>;
}

/**
 * Holds the list's place until the browser says the keys: the declared commands in the same
 * markup, invisible and out of the accessibility tree and the tab order, so nothing below moves.
 */
/**
 * One command and its keys. Only a live row (from `commands.getAll()`) is a `.shortcut` with its
 * command name: the placeholder's rows stand in for them and are not counted as the list.
 */
function ShortcutRow(props: { shortcut: Shortcut; live?: boolean }) {
  const { shortcut: s, live = false } = props;
  return (
    <div class={live ? 'shortcut shortcut-row' : 'shortcut-row'} data-command={live ? s.name : undefined}>
      <dt>{s.description}</dt>
      <dd>
        <Keys shortcut={s.shortcut} />
      </dd>
    </div>
  );
}

function ShortcutsPlaceholder() {
  return (
    <div class="shortcuts placeholder" aria-hidden="true">
      <dl class="shortcut-list">
        {declaredShortcuts().map((s) => (
          <ShortcutRow key={s.name} shortcut={s} />
        ))}
      </dl>
      <button type="button" class="link-button" disabled tabIndex={-1}>
        {t('shortcutChange')}
      </button>
    </div>
  );
}

export function ShortcutList(props: { headingId: string }) {
  const shortcuts = useShortcuts();
  const [error, setError] = useState<string | undefined>();
  if (!shortcuts) return <ShortcutsPlaceholder />;
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
          <ShortcutRow key={s.name} shortcut={s} live />
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
