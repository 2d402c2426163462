/** Known names found in the tab, with counts; choosing one opens its card in the page. */
export type FoundEntity = { id: string; name: string; count: number };

/** Entities with at least one mention that an enabled pack names, most mentioned first, then by name. */
export function foundEntities(counts: Record<string, number>, names: Record<string, string>): FoundEntity[] {
  return Object.entries(counts)
    .filter(([id, count]) => count > 0 && Object.hasOwn(names, id))
    .map(([id, count]) => ({ id, name: names[id] ?? id, count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

export function OnThisPage(props: { found: FoundEntity[]; enabled: boolean; onChoose(id: string): void }) {
  const { found, enabled, onChoose } = props;
  if (!enabled) return <p class="empty">Highlights are off on this site, so names are not looked for.</p>;
  if (found.length === 0) return <p class="empty">No names from the knowledge file on this page.</p>;
  return (
    <ul class="found">
      {found.map((entity) => (
        <li key={entity.id}>
          <button
            type="button"
            class="found-entity"
            data-entity={entity.id}
            onClick={() => onChoose(entity.id)}
          >
            <span class="found-name">{entity.name}</span>
            <span class="count">
              {entity.count}
              <span class="visually-hidden">{entity.count === 1 ? ' mention' : ' mentions'}</span>
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
