/** One pack in the options page's list: its switch, what it is, where it is from, and its actions. */
import type { PackSummary } from '../../../src/packs/summary';

export type RowActions = {
  toggle(id: string, enabled: boolean): void;
  move(id: string, toIndex: number): void;
  remove(id: string): void;
  check(id: string): void;
};

function when(iso: string | undefined, locale: string): string {
  if (iso === undefined) return 'never';
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
}

function sourceText(pack: PackSummary): string {
  if (pack.source === 'bundled') return 'Bundled with Backstory';
  if (pack.source === 'file') return `Added from the file ${pack.location ?? ''}`;
  return `Subscribed: ${pack.location ?? ''}`;
}

function plural(n: number, one: string, many: string): string {
  return `${n.toLocaleString()} ${n === 1 ? one : many}`;
}

export function PackRow(props: { pack: PackSummary; index: number; count: number; actions: RowActions }) {
  const { pack, index, count, actions } = props;
  const locale = navigator.language || 'en-US';
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
          <span class="visually-hidden">On</span>
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
            Move up<span class="visually-hidden"> {pack.title}</span>
          </button>
          <button
            type="button"
            class="pack-down"
            disabled={index === count - 1}
            onClick={() => actions.move(pack.id, index + 1)}
          >
            Move down<span class="visually-hidden"> {pack.title}</span>
          </button>
        </span>
      </div>
      <p class="pack-meta">
        Knowledge as of <time dateTime={pack.asOf}>{pack.asOf}</time> ·{' '}
        {plural(pack.counts.entities, 'entity', 'entities')}, {plural(pack.counts.facts, 'fact', 'facts')},{' '}
        {plural(pack.counts.deadlines, 'deadline', 'deadlines')}
      </p>
      <p class="pack-source">{sourceText(pack)}</p>
      <p class="pack-updated">
        Last updated {when(pack.storedAt, locale)}
        {pack.source === 'url' && <> · last checked {when(pack.lastCheckedAt, locale)}</>}
      </p>
      {pack.signer && <p class="pack-signer">Signed by publisher key {pack.signer}</p>}
      {pack.lastError && (
        <p class="pack-error error" role="status">
          Last check failed ({when(pack.lastError.at, locale)}): {pack.lastError.message}. The copy above is
          kept.
        </p>
      )}
      {pack.missingDependencies.length > 0 && (
        <p class="pack-warning">
          Needs packs that are off or not installed: {pack.missingDependencies.join(', ')}.
        </p>
      )}
      {pack.yielded.length > 0 && (
        <details class="pack-yielded">
          <summary>{plural(pack.yielded.length, 'name', 'names')} left to packs higher in the list</summary>
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
            Check now
          </button>
        )}
        {pack.source !== 'bundled' && (
          <button type="button" class="pack-remove" onClick={() => actions.remove(pack.id)}>
            {pack.replacesBundled ? 'Remove (back to the bundled copy)' : 'Remove'}
          </button>
        )}
      </div>
    </li>
  );
}
