/**
 * The site exception list: add (validated) and remove. After "Remove", focus moves to the Remove
 * button now in the removed one's place (the next site, else the new last one), or to the input
 * when the list is empty, instead of dropping to the page body.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Settings } from '../../src/settings';
import { normalizeHostname } from '../../src/settings';
import { t } from '../shared/i18n';

function useFocusAfterRemove(count: number) {
  const list = useRef<HTMLUListElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const pending = useRef<number | undefined>(undefined);
  useEffect(() => {
    const index = pending.current;
    if (index === undefined) return;
    pending.current = undefined;
    const buttons = list.current?.querySelectorAll<HTMLButtonElement>('button') ?? [];
    const target = buttons[Math.min(index, buttons.length - 1)] ?? input.current;
    target?.focus();
  }, [count]);
  return { list, input, removedAt: (index: number) => (pending.current = index) };
}

export function SiteExceptions(props: {
  settings: Settings;
  editSite(hostname: string, listed: boolean): void;
}) {
  const { settings, editSite } = props;
  const [input, setInput] = useState('');
  const [error, setError] = useState<string | undefined>();
  const focus = useFocusAfterRemove(settings.siteExceptions.length);
  const heading = settings.enabledByDefault ? t('optionsSitesOff') : t('optionsSitesOn');
  const add = (event: Event) => {
    event.preventDefault();
    const result = normalizeHostname(input);
    if (!result.ok) {
      setError(result.reason);
      return;
    }
    setError(undefined);
    setInput('');
    if (!settings.siteExceptions.includes(result.hostname)) editSite(result.hostname, true);
  };
  const remove = (site: string, index: number) => {
    focus.removedAt(index);
    editSite(site, false);
  };
  return (
    <fieldset>
      <legend>{heading}</legend>
      <p class="hint">{t('optionsSitesHint')}</p>
      <form class="add-site" onSubmit={add}>
        <label for="add-site-input" class="visually-hidden">
          {t('optionsSiteToAdd')}
        </label>
        <input
          id="add-site-input"
          ref={focus.input}
          type="text"
          placeholder="example.com"
          value={input}
          aria-invalid={error !== undefined}
          aria-describedby={error ? 'add-site-error' : undefined}
          onInput={(e) => setInput((e.currentTarget as HTMLInputElement).value)}
        />
        <button type="submit">{t('optionsAdd')}</button>
      </form>
      {error && (
        <p id="add-site-error" class="error" role="alert">
          {error}
        </p>
      )}
      {settings.siteExceptions.length === 0 ? (
        <p class="empty">{t('optionsNoSites')}</p>
      ) : (
        <ul class="sites" ref={focus.list}>
          {settings.siteExceptions.map((site, index) => (
            <li key={site} data-site={site}>
              <span>{site}</span>
              <button
                type="button"
                aria-label={t('optionsRemoveSite', [site])}
                onClick={() => remove(site, index)}
              >
                {t('optionsRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
