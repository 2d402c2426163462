/** One pack in the options page's list: its switch, what it is, where it is from, and its actions. */
import type { PackSummary } from '../../../src/packs/summary';
import { readerLocale, t } from '../../shared/i18n';
import { allOf, countText, DEADLINES, day, ENTITIES, FACTS, sourceText, when, YIELDED } from './pack-words';

export type RowActions = {
  toggle(id: string, enabled: boolean): void;
  move(id: string, toIndex: number): void;
  remove(id: string): void;
  check(id: string): void;
};

export function PackRow(props: { pack: PackSummary; index: number; count: number; actions: RowActions }) {
  const { pack, index, count, actions } = props;
  const locale = readerLocale();
  const titleId = `pack-title-${pack.id}`;
  return (
    <li class="pack" data-pack={pack.id} data-enabled={String(pack.enabled)} aria-labelledby={titleId}>
      <div class="pack-head">
        <label class="check">
          <input
            type="checkbox"
            class="pack-switch"
            checked={pack.enabled}
            aria-describedby={titleId}
            onChange={(e) => actions.toggle(pack.id, (e.currentTarget as HTMLInputElement).checked)}
          />
          <span class="visually-hidden">{t('packsSwitch')}</span>
        </label>
        <span id={titleId} class="pack-title">
          {pack.title}
          {pack.version && <span class="pack-version"> {pack.version}</span>}
        </span>
        <span class="pack-order">
          <button
            type="button"
            class="pack-up"
            disabled={index === 0}
            onClick={() => actions.move(pack.id, index - 1)}
          >
            {t('packsMoveUp')}
            <span class="visually-hidden"> {pack.title}</span>
          </button>
          <button
            type="button"
            class="pack-down"
            disabled={index === count - 1}
            onClick={() => actions.move(pack.id, index + 1)}
          >
            {t('packsMoveDown')}
            <span class="visually-hidden"> {pack.title}</span>
          </button>
        </span>
      </div>
      <p class="pack-meta">
        {t('knowledgeAsOf', [day(pack.asOf, locale)])} ·{' '}
        {t('packsCounts', [
          countText(pack.counts.entities, ENTITIES, locale),
          countText(pack.counts.facts, FACTS, locale),
          countText(pack.counts.deadlines, DEADLINES, locale),
        ])}
      </p>
      <p class="pack-source">{sourceText(pack)}</p>
      <p class="pack-updated">
        {t('packsLastUpdated', [when(pack.storedAt, locale)])}
        {pack.source === 'url' && <> · {t('packsLastChecked', [when(pack.lastCheckedAt, locale)])}</>}
      </p>
      {pack.signer && <p class="pack-signer">{t('packsSigner', [pack.signer])}</p>}
      {pack.lastError && (
        <p class="pack-error error" role="status">
          {t('packsLastError', [when(pack.lastError.at, locale), pack.lastError.message])}
        </p>
      )}
      {pack.missingDependencies.length > 0 && (
        <p class="pack-warning">{t('packsMissing', [allOf(pack.missingDependencies, locale)])}</p>
      )}
      {pack.yielded.length > 0 && (
        <details class="pack-yielded">
          <summary>{countText(pack.yielded.length, YIELDED, locale)}</summary>
          <ul>
            {pack.yielded.map((y) => (
              <li key={`${y.entity}:${y.alias}`}>
                “{y.alias}” → {y.keptBy}
              </li>
            ))}
          </ul>
        </details>
      )}
      <div class="row">
        {pack.source === 'url' && (
          <button type="button" class="pack-check" onClick={() => actions.check(pack.id)}>
            {t('packsCheckNow')}
          </button>
        )}
        {pack.source !== 'bundled' && (
          <button type="button" class="pack-remove" onClick={() => actions.remove(pack.id)}>
            {pack.replacesBundled ? t('packsRemoveToBundled') : t('packsRemove')}
          </button>
        )}
      </div>
    </li>
  );
}
