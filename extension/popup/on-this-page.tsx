/**
 * Known names found in the tab, with counts; choosing one opens its card in the page. This list is
 * the screen-reader path to the cards (highlights leave no trace in the accessibility tree): each
 * entry is a button named by the name and its count, and a polite status line announces how many
 * names there are, and again whenever the list changes (the site switch flipped).
 */
import { t } from '../shared/i18n';

export type FoundEntity = { id: string; name: string; count: number };

/** Entities with at least one mention that an enabled pack names, most mentioned first, then by name. */
export function foundEntities(counts: Record<string, number>, names: Record<string, string>): FoundEntity[] {
  return Object.entries(counts)
    .filter(([id, count]) => count > 0 && Object.hasOwn(names, id))
    .map(([id, count]) => ({ id, name: names[id] ?? id, count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

function mentionsLabel(count: number): string {
  return count === 1 ? t('popupOneMention') : t('popupMentions', [String(count)]);
}

/** What the status line says about the list (announced when it changes). */
export function onThisPageSummary(found: FoundEntity[], enabled: boolean, hostname: string): string {
  if (!enabled) return t('popupSummaryOff', [hostname]);
  if (found.length === 0) return t('popupSummaryNone');
  const mentions = found.reduce((sum, entity) => sum + entity.count, 0);
  return found.length === 1
    ? t('popupSummaryOne', [String(mentions)])
    : t('popupSummaryMany', [String(found.length), String(mentions)]);
}

export function OnThisPage(props: { found: FoundEntity[]; enabled: boolean; onChoose(id: string): void }) {
  const { found, enabled, onChoose } = props;
  if (!enabled) return <p class="empty">{t('popupPageOff')}</p>;
  if (found.length === 0) return <p class="empty">{t('popupPageNone')}</p>;
  return (
    <ul class="found" aria-labelledby="on-page-heading">
      {found.map((entity) => (
        <li key={entity.id}>
          <button
            type="button"
            class="found-entity"
            data-entity={entity.id}
            onClick={() => onChoose(entity.id)}
          >
            <span class="found-name">{entity.name}</span>
            <span class="count" aria-hidden="true">
              {entity.count}
            </span>
            <span class="visually-hidden">{mentionsLabel(entity.count)}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
