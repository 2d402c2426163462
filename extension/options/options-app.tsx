/** The options page: every setting, applied to open tabs as soon as it changes. */
import { useEffect, useState } from 'preact/hooks';
import { ENTITY_TYPES, type EntityType } from '../../src/knowledge/schema';
import {
  HIGHLIGHT_STYLES,
  type HighlightStyle,
  HOVER_DELAY_MAX_MS,
  HOVER_DELAY_MIN_MS,
  type Settings,
  type StoredProblems,
} from '../../src/settings';
import {
  clearSettingsProblems,
  onSettingsChanged,
  readSettings,
  readSettingsProblems,
  saveSettings,
} from '../shared/settings-client';
import { ImportExport } from './import-export';
import { PacksSection } from './packs/packs-section';
import { SiteExceptions } from './site-exceptions';

const STYLE_LABELS: Record<HighlightStyle, string> = {
  underline: 'Underline',
  background: 'Background tint',
  none: 'None (cards still open on hover)',
};
const TYPE_LABELS: Record<EntityType, string> = {
  person: 'People',
  organization: 'Organizations',
  place: 'Places',
  law: 'Laws',
  event: 'Events',
};
const HOVER_DELAY_STEP_MS = 50;

function StoredProblemsNotice() {
  const [stored, setStored] = useState<StoredProblems | undefined>();
  useEffect(() => {
    void readSettingsProblems().then(setStored);
  }, []);
  if (!stored || stored.problems.length === 0) return null;
  return (
    <div class="notice" role="alert" id="stored-problems">
      <p>
        Some stored settings were damaged. Backstory kept everything it could read and used the default for
        the rest{stored.at ? ` (${new Date(stored.at).toLocaleString()})` : ''}:
      </p>
      <ul>
        {stored.problems.map((p) => (
          <li key={`${p.key}:${p.message}`}>
            <code>{p.key}</code>: {p.message}
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => void clearSettingsProblems().then(() => setStored(undefined))}>
        Dismiss
      </button>
    </div>
  );
}

function HoverDelay(props: { value: number; save(patch: Partial<Settings>): void }) {
  const [text, setText] = useState(String(props.value));
  const [error, setError] = useState<string | undefined>();
  useEffect(() => setText(String(props.value)), [props.value]);
  const commit = () => {
    const value = Number(text);
    if (!Number.isInteger(value) || value < HOVER_DELAY_MIN_MS || value > HOVER_DELAY_MAX_MS) {
      setError(`Enter a whole number from ${HOVER_DELAY_MIN_MS} to ${HOVER_DELAY_MAX_MS}.`);
      return;
    }
    setError(undefined);
    if (value !== props.value) props.save({ hoverDelayMs: value });
  };
  return (
    <div>
      <label for="hover-delay">Delay before a card opens (milliseconds)</label>{' '}
      <input
        id="hover-delay"
        type="number"
        min={HOVER_DELAY_MIN_MS}
        max={HOVER_DELAY_MAX_MS}
        step={HOVER_DELAY_STEP_MS}
        value={text}
        aria-invalid={error !== undefined}
        onInput={(e) => setText((e.currentTarget as HTMLInputElement).value)}
        onChange={commit}
      />
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

export function OptionsApp() {
  const [settings, setSettings] = useState<Settings | undefined>();
  const [saveError, setSaveError] = useState<string | undefined>();
  useEffect(() => {
    void readSettings().then(setSettings);
    return onSettingsChanged(setSettings);
  }, []);
  if (!settings) return <main class="options">Loading…</main>;

  const save = (patch: Partial<Settings>) => {
    setSaveError(undefined);
    setSettings({ ...settings, ...patch });
    saveSettings(patch).catch((e: unknown) => setSaveError((e as Error).message));
  };
  const toggleType = (type: EntityType, on: boolean) => {
    const chosen = new Set(settings.entityTypes);
    if (on) chosen.add(type);
    else chosen.delete(type);
    save({ entityTypes: ENTITY_TYPES.filter((t) => chosen.has(t)) });
  };

  return (
    <main class="options">
      <h1>Backstory settings</h1>
      <StoredProblemsNotice />
      {saveError && (
        <p class="error" role="alert">
          Could not save: {saveError}
        </p>
      )}
      <fieldset>
        <legend>Where</legend>
        <label class="check">
          <input
            id="enabled-by-default"
            type="checkbox"
            checked={settings.enabledByDefault}
            onChange={(e) => save({ enabledByDefault: (e.currentTarget as HTMLInputElement).checked })}
          />
          Highlight names on every site unless listed below
        </label>
      </fieldset>
      <SiteExceptions settings={settings} save={save} />
      <fieldset>
        <legend>Highlight style</legend>
        {HIGHLIGHT_STYLES.map((style) => (
          <label class="check" key={style}>
            <input
              type="radio"
              name="highlight-style"
              value={style}
              checked={settings.highlightStyle === style}
              onChange={() => save({ highlightStyle: style })}
            />
            {STYLE_LABELS[style]}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Highlight these kinds of names</legend>
        {ENTITY_TYPES.map((type) => (
          <label class="check" key={type}>
            <input
              type="checkbox"
              name="entity-type"
              value={type}
              checked={settings.entityTypes.includes(type)}
              onChange={(e) => toggleType(type, (e.currentTarget as HTMLInputElement).checked)}
            />
            {TYPE_LABELS[type]}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Cards and toolbar</legend>
        <HoverDelay value={settings.hoverDelayMs} save={save} />
        <label class="check">
          <input
            id="show-badge"
            type="checkbox"
            checked={settings.showBadge}
            onChange={(e) => save({ showBadge: (e.currentTarget as HTMLInputElement).checked })}
          />
          Show how many names a page mentions on the toolbar button
        </label>
      </fieldset>
      <PacksSection />
      <ImportExport settings={settings} />
    </main>
  );
}
