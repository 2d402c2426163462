/** The site exception list: add (validated) and remove. */
import { useState } from 'preact/hooks';
import type { Settings } from '../../src/settings';
import { normalizeHostname } from '../../src/settings';

export function SiteExceptions(props: { settings: Settings; save(patch: Partial<Settings>): void }) {
  const { settings, save } = props;
  const [input, setInput] = useState('');
  const [error, setError] = useState<string | undefined>();
  const heading = settings.enabledByDefault
    ? 'Sites where highlights are off'
    : 'Sites where highlights are on';
  const add = (event: Event) => {
    event.preventDefault();
    const result = normalizeHostname(input);
    if (!result.ok) {
      setError(result.reason);
      return;
    }
    setError(undefined);
    setInput('');
    if (!settings.siteExceptions.includes(result.hostname)) {
      save({ siteExceptions: [...settings.siteExceptions, result.hostname] });
    }
  };
  return (
    <fieldset>
      <legend>{heading}</legend>
      <p class="hint">A site covers its subdomains: example.com also covers news.example.com.</p>
      <form class="add-site" onSubmit={add}>
        <label for="add-site-input" class="visually-hidden">
          Site to add
        </label>
        <input
          id="add-site-input"
          type="text"
          placeholder="example.com"
          value={input}
          aria-invalid={error !== undefined}
          aria-describedby={error ? 'add-site-error' : undefined}
          onInput={(e) => setInput((e.currentTarget as HTMLInputElement).value)}
        />
        <button type="submit">Add</button>
      </form>
      {error && (
        <p id="add-site-error" class="error" role="alert">
          {error}
        </p>
      )}
      {settings.siteExceptions.length === 0 ? (
        <p class="empty">No sites listed.</p>
      ) : (
        <ul class="sites">
          {settings.siteExceptions.map((site) => (
            <li key={site} data-site={site}>
              <span>{site}</span>
              <button
                type="button"
                aria-label={`Remove ${site}`}
                onClick={() => save({ siteExceptions: settings.siteExceptions.filter((s) => s !== site) })}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
