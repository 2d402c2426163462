/**
 * Deadlines, most urgent first: title, status chip, due day with weekday, countdown or age.
 * Expanding one shows its summary and dated timeline with source links.
 */
import { useState } from 'preact/hooks';
import { deadlineStatusLabel } from '../../src/card/deadline-line';
import { type DeadlineView, deadlineView, formatDueDay, orderDeadlines } from '../../src/deadlines';
import { isoDateInZone } from '../../src/deadlines/calendar';
import type { Deadline } from '../../src/knowledge/schema';
import { passedWithoutNews } from '../../src/packs/summary';
import { type DeadlinePack, PackSilence } from './pack-silence';

export type DeadlineListProps = {
  deadlines: readonly Deadline[];
  packAsOf: string;
  now: Date;
  locale: string;
  timeZone: string;
  /** The pack each deadline (by id) comes from, when the deadlines come from several packs. */
  packOf?: (deadlineId: string) => DeadlinePack | undefined;
};

function sourceHost(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return 'source';
  }
}

function whenText(view: DeadlineView): string {
  if (view.status === 'resolved') return `Settled ${view.dueLabel}`;
  if (view.daysUntil < 0) return `Was due ${view.dueLabel}`;
  return `Due ${view.dueLabel}`;
}

function DeadlineItem(props: {
  deadline: Deadline;
  view: DeadlineView;
  packAsOfLabel: string;
  locale: string;
  /** Set when the day has passed and the pack holds nothing after it. */
  silentPack?: DeadlinePack | undefined;
}) {
  const { deadline, view, packAsOfLabel, locale, silentPack } = props;
  const [open, setOpen] = useState(false);
  const panelId = `deadline-${view.id}-details`;
  return (
    <li class="deadline" data-deadline={view.id} data-status={view.status}>
      <button
        type="button"
        class="deadline-head"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        <span class="deadline-title">{view.title}</span>
        <span class={`chip chip-${view.status}`}>{deadlineStatusLabel(view.status)}</span>
        <span class="deadline-when">
          <span class="deadline-due">{whenText(view)}</span>
          {' · '}
          <span class="deadline-relative">{view.relativeLabel}</span>
        </span>
      </button>
      {view.outcomeMayHaveChanged && (
        <p class="caution" role="note">
          Outcome may have changed since the knowledge date, {packAsOfLabel}.
        </p>
      )}
      {silentPack && <PackSilence pack={silentPack} dueLabel={view.dueLabel} />}
      {open && (
        <div id={panelId} class="deadline-details">
          <p class="deadline-summary">{deadline.summary}</p>
          <ol class="timeline">
            {deadline.timeline.map((entry) => (
              <li key={`${entry.date}-${entry.event}`}>
                <time dateTime={entry.date}>{formatDueDay(entry.date, locale)}</time>{' '}
                <span class="timeline-event">{entry.event}</span>{' '}
                <a href={entry.source} target="_blank" rel="noopener noreferrer">
                  {sourceHost(entry.source)}
                </a>
              </li>
            ))}
          </ol>
        </div>
      )}
    </li>
  );
}

export function DeadlineList(props: DeadlineListProps) {
  const { deadlines, packAsOf, now, locale, timeZone, packOf } = props;
  if (deadlines.length === 0) return <p class="empty">The knowledge file lists no deadlines.</p>;
  const ordered = orderDeadlines(deadlines, now, timeZone);
  const today = isoDateInZone(now, timeZone);
  return (
    <ul class="deadlines">
      {ordered.map((deadline) => {
        const pack = packOf?.(deadline.id);
        const asOf = pack?.asOf ?? packAsOf;
        return (
          <DeadlineItem
            key={deadline.id}
            deadline={deadline}
            view={deadlineView(deadline, now, asOf, locale, timeZone)}
            packAsOfLabel={formatDueDay(asOf, locale)}
            locale={locale}
            silentPack={pack && passedWithoutNews(deadline, today) ? pack : undefined}
          />
        );
      })}
    </ul>
  );
}
