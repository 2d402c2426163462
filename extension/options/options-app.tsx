/** The options page: every setting, applied to open tabs as soon as it changes. */
import { useEffect, useState } from 'preact/hooks';
import type { MessageKey } from '../../src/i18n/messages';
import { ENTITY_TYPES, type EntityType } from '../../src/knowledge/schema';
import {
  HIGHLIGHT_STYLES,
  type HighlightStyle,
  HOVER_DELAY_MAX_MS,
  HOVER_DELAY_MIN_MS,
  type Settings,
  type StoredProblems,
  withSiteListed,
} from '../../src/settings';
import { readerLocale, t } from '../shared/i18n';
import {
  clearSettingsProblems,
  editSiteList,
  onSettingsChanged,
  readSettings,
  readSettingsProblems,
  saveSettings,
} from '../shared/settings-client';
import { ShortcutList } from '../shared/shortcuts';
import { ImportExport } from './import-export';
import { PacksSection } from './packs/packs-section';
import { ProblemList } from './problem-list';
import { Reminders } from './reminders';
import { SiteExceptions } from './site-exceptions';

const STYLE_LABELS: Record<HighlightStyle, MessageKey> = {
  underline: 'optionsStyleUnderline',
  background: 'optionsStyleBackground',
  none: 'optionsStyleNone',
};
const TYPE_LABELS: Record<EntityType, MessageKey> = {
  person: 'optionsTypePeople',
  organization: 'optionsTypeOrganizations',
  place: 'optionsTypePlaces',
  law: 'optionsTypeLaws',
  event: 'optionsTypeEvents',
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
        {stored.at
          ? t('optionsStoredProblems', [new Date(stored.at).toLocaleString(readerLocale())])
          : t('optionsStoredProblemsUndated')}
      </p>
      <ProblemList problems={stored.problems} />
      <button type="button" onClick={() => void clearSettingsProblems().then(() => setStored(undefined))}>
        {t('optionsDismiss')}
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
      setError(t('optionsHoverDelayError', [String(HOVER_DELAY_MIN_MS), String(HOVER_DELAY_MAX_MS)]));
      return;
    }
    setError(undefined);
    if (value !== props.value) props.save({ hoverDelayMs: value });
  };
  return (
    <div>
      <label for="hover-delay">{t('optionsHoverDelay')}</label>{' '}
      <input
        id="hover-delay"
        type="number"
        min={HOVER_DELAY_MIN_MS}
        max={HOVER_DELAY_MAX_MS}
        step={HOVER_DELAY_STEP_MS}
        value={text}
        aria-invalid={error !== undefined}
        aria-describedby={error ? 'hover-delay-error' : undefined}
        onInput={(e) => setText((e.currentTarget as HTMLInputElement).value)}
        onChange={commit}
      />
      {error && (
        <p class="error" role="alert" id="hover-delay-error">
          {error}
        </p>
      )}
    </div>
  );
}

/** A checkbox for one on/off setting. */
function SwitchSetting(props: {
  id: string;
  setting: 'enabledByDefault' | 'showBadge';
  label: MessageKey;
  settings: Settings;
  save(patch: Partial<Settings>): void;
}) {
  return (
    <label class="check">
      <input
        id={props.id}
        type="checkbox"
        checked={props.settings[props.setting]}
        onChange={(e) => props.save({ [props.setting]: (e.currentTarget as HTMLInputElement).checked })}
      />
      {t(props.label)}
    </label>
  );
}

export function OptionsApp() {
  const [settings, setSettings] = useState<Settings | undefined>();
  const [saveError, setSaveError] = useState<string | undefined>();
  useEffect(() => {
    void readSettings().then(setSettings);
    return onSettingsChanged(setSettings);
  }, []);
  if (!settings) return <main class="options">{t('loading')}</main>;

  const save = (patch: Partial<Settings>) => {
    setSaveError(undefined);
    setSettings({ ...settings, ...patch });
    saveSettings(patch).catch((e: unknown) => setSaveError((e as Error).message));
  };
  const editSite = (hostname: string, listed: boolean) => {
    setSaveError(undefined);
    setSettings({ ...settings, siteExceptions: withSiteListed(settings.siteExceptions, hostname, listed) });
    editSiteList(hostname, listed).catch((e: unknown) => setSaveError((e as Error).message));
  };
  const toggleType = (type: EntityType, on: boolean) => {
    const chosen = new Set(settings.entityTypes);
    if (on) chosen.add(type);
    else chosen.delete(type);
    save({ entityTypes: ENTITY_TYPES.filter((t) => chosen.has(t)) });
  };

  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <StoredProblemsNotice />
      {saveError && (
        <p class="error" role="alert">
          {t('saveFailed', [saveError])}
        </p>
      )}
      <fieldset>
        <legend>{t('optionsWhere')}</legend>
        <SwitchSetting
          id="enabled-by-default"
          setting="enabledByDefault"
          label="optionsEnabledByDefault"
          settings={settings}
          save={save}
        />
      </fieldset>
      <SiteExceptions settings={settings} editSite={editSite} />
      <fieldset>
        <legend>{t('optionsStyle')}</legend>
        {HIGHLIGHT_STYLES.map((style) => (
          <label class="check" key={style}>
            <input
              type="radio"
              name="highlight-style"
              value={style}
              checked={settings.highlightStyle === style}
              onChange={() => save({ highlightStyle: style })}
            />
            {t(STYLE_LABELS[style])}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('optionsTypes')}</legend>
        {ENTITY_TYPES.map((type) => (
          <label class="check" key={type}>
            <input
              type="checkbox"
              name="entity-type"
              value={type}
              checked={settings.entityTypes.includes(type)}
              onChange={(e) => toggleType(type, (e.currentTarget as HTMLInputElement).checked)}
            />
            {t(TYPE_LABELS[type])}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('optionsCardsAndToolbar')}</legend>
        <HoverDelay value={settings.hoverDelayMs} save={save} />
        <SwitchSetting
          id="show-badge"
          setting="showBadge"
          label="optionsShowBadge"
          settings={settings}
          save={save}
        />
      </fieldset>
      <PacksSection />
      <Reminders />
      <fieldset>
        <legend id="shortcuts-heading">{t('shortcutsHeading')}</legend>
        <ShortcutList headingId="shortcuts-heading" />
      </fieldset>
      <ImportExport settings={settings} />
    </main>
  );
}
