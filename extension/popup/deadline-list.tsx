/**
 * Deadlines, most urgent first: title, status chip, due day with weekday, countdown or age, and the
 * deadline drawn as a timeline. Expanding one shows its summary and dated events with source links
 * named by publisher and date.
 */
import { useState } from 'preact/hooks';
import { deadlineStatusLabel } from '../../src/card/deadline-line';
import {
  type DeadlineView,
  deadlineView,
  formatDueDay,
  isoDateInZone,
  orderDeadlines,
  sourceName,
  timelineView,
} from '../../src/deadlines';
import type { Deadline } from '../../src/knowledge/schema';
import type { PopupKnowledgeResponse } from '../../src/messages/protocol';
import { passedWithoutNews } from '../../src/packs/summary';
import { DeadlineTimeline } from '../shared/deadline-timeline';
import { t } from '../shared/i18n';
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

function whenText(view: DeadlineView): string {
  if (view.status === 'resolved') return t('deadlineSettled', [view.dueLabel]);
  if (view.daysUntil < 0) return t('deadlineWasDue', [view.dueLabel]);
  return t('deadlineDue', [view.dueLabel]);
}

function Events({ deadline, locale }: { deadline: Deadline; locale: string }) {
  return (
    <ol class="timeline">
      {deadline.timeline.map((entry) => {
        const date = formatDueDay(entry.date, locale);
        const publisher = sourceName(entry.source, entry.publisher);
        return (
          <li key={`${entry.date}-${entry.event}`}>
            <time dateTime={entry.date}>{date}</time> <span class="timeline-event">{entry.event}</span>{' '}
            <a
              href={entry.source}
              target="_blank"
              rel="noopener noreferrer"
              aria-label={t('sourceLinkName', [publisher, date])}
            >
              {publisher}
            </a>
          </li>
        );
      })}
    </ol>
  );
}

function DeadlineItem(props: {
  deadline: Deadline;
  view: DeadlineView;
  today: string;
  packAsOfLabel: string;
  locale: string;
  /** Set when the day has passed and the pack holds nothing after it. */
  silentPack?: DeadlinePack | undefined;
}) {
  const { deadline, view, today, packAsOfLabel, locale, silentPack } = props;
  const [open, setOpen] = useState(false);
  const timeline = timelineView(deadline, today, locale, t);
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
        <span class={`chip chip-${view.status}`}>{deadlineStatusLabel(view.status, t)}</span>
        <span class="deadline-when">
          <span class="deadline-due">{whenText(view)}</span>
          {' · '}
          <span class="deadline-relative">{view.relativeLabel}</span>
        </span>
      </button>
      <DeadlineTimeline view={timeline} />
      <p class="timeline-ends" aria-hidden="true">
        <span>{timeline.startLabel}</span>
        <span>{timeline.endLabel}</span>
      </p>
      {view.outcomeMayHaveChanged && (
        <p class="caution" role="note">
          {t('deadlineCaution', [packAsOfLabel])}
        </p>
      )}
      {silentPack && <PackSilence pack={silentPack} dueLabel={view.dueLabel} />}
      {open && (
        <div id={panelId} class="deadline-details">
          <p class="deadline-summary">{deadline.summary}</p>
          <Events deadline={deadline} locale={locale} />
        </div>
      )}
    </li>
  );
}

export function DeadlineList(props: DeadlineListProps) {
  const { deadlines, packAsOf, now, locale, timeZone, packOf } = props;
  if (deadlines.length === 0) return <p class="empty">{t('deadlinesNone')}</p>;
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
            today={today}
            packAsOfLabel={formatDueDay(asOf, locale)}
            locale={locale}
            silentPack={pack && passedWithoutNews(deadline, today) ? pack : undefined}
          />
        );
      })}
    </ul>
  );
}

/** The deadlines section's body: every enabled pack's deadlines and the knowledge date. */
export function DeadlinesBody(props: {
  knowledge: PopupKnowledgeResponse;
  now: Date;
  locale: string;
  timeZone: string;
}) {
  const { knowledge, now, locale, timeZone } = props;
  const packOfDeadline = new Map(knowledge.deadlines.map((d) => [d.deadline.id, d.pack]));
  return (
    <>
      <DeadlineList
        deadlines={knowledge.deadlines.map((d) => d.deadline)}
        packAsOf={knowledge.asOf ?? ''}
        packOf={(id) => packOfDeadline.get(id)}
        now={now}
        locale={locale}
        timeZone={timeZone}
      />
      {knowledge.asOf && (
        <p class="knowledge-date">{t('knowledgeAsOf', [formatDueDay(knowledge.asOf, locale)])}</p>
      )}
    </>
  );
}
