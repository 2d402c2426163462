/**
 * Deadline reminders: once the reader turned them on in the options page (and the browser granted
 * the optional `notifications` permission), one alarm per tracked pending deadline fires on the
 * chosen day at 09:00 local time and shows a notification. Without the permission no reminder
 * alarm is set.
 */
import browser, { type Alarms } from 'webextension-polyfill';
import { daysBetween, formatDueDay, isoDateInZone, readerTimeZone } from '../../src/deadlines';
import { plannedReminders, REMINDER_HOUR, reminderName } from '../../src/reminders/schedule';
import { popupNow } from '../popup/clock';
import { readerLocale, t } from '../shared/i18n';
import { hasReminderPermissions } from '../shared/reminder-permissions';
import { enabledDeadlines } from './packs/views';
import type { Routes } from './router';
import {
  readReminderPrefs,
  readShownReminders,
  recordShownReminder,
  watchReminderPrefs,
  writeReminderPrefs,
} from './user-storage';

const PREFIX = 'reminder:';
/** An alarm whose time has passed is set this far ahead (browsers refuse times in the past). */
const SOON_MS = 60_000;

type AlarmsApi = typeof browser.alarms | undefined;
const alarmsApi = (): AlarmsApi => (browser as { alarms?: typeof browser.alarms }).alarms;

/** 09:00 on the ISO day in the browser's local time zone (the reader's). */
function localTime(isoDay: string): number {
  const [y, m, d] = isoDay.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, REMINDER_HOUR).getTime();
}

/** Brings the alarms in line with the reader's choice, the pack and today. */
export async function rescheduleReminders(): Promise<void> {
  const alarms = alarmsApi();
  if (!alarms) return;
  const prefs = await readReminderPrefs();
  const granted = await hasReminderPermissions().catch(() => false);
  const deadlines = (await enabledDeadlines()).map((d) => d.deadline);
  const today = isoDateInZone(await popupNow(), readerTimeZone());
  const planned = granted ? plannedReminders(deadlines, prefs, today, await readShownReminders()) : [];
  const wanted = new Set(planned.map((p) => p.name));
  for (const alarm of await alarms.getAll()) {
    if (alarm.name.startsWith(PREFIX) && !wanted.has(alarm.name)) await alarms.clear(alarm.name);
  }
  for (const reminder of planned) {
    const when = Math.max(localTime(reminder.day), Date.now() + SOON_MS);
    const existing = await alarms.get(reminder.name);
    if (existing?.scheduledTime !== when) alarms.create(reminder.name, { when });
  }
}

/** Shows the reminder an alarm stands for, if its deadline is still pending on that date. */
export async function showReminder(alarm: Pick<Alarms.Alarm, 'name'>): Promise<boolean> {
  if (!alarm.name.startsWith(PREFIX)) return false;
  const deadlines = (await enabledDeadlines()).map((d) => d.deadline);
  const deadline = deadlines.find((d) => reminderName(d.id, d.due) === alarm.name);
  const notifications = (browser as { notifications?: typeof browser.notifications }).notifications;
  if (!deadline || !notifications || !(await hasReminderPermissions())) return false;
  const locale = readerLocale();
  const days = Math.max(0, daysBetween(isoDateInZone(await popupNow(), readerTimeZone()), deadline.due));
  const id = await notifications.create(alarm.name, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('icons/icon-128.png'),
    title: days === 1 ? t('reminderTitleOne') : t('reminderTitle', [String(days)]),
    message: t('reminderMessage', [deadline.title, formatDueDay(deadline.due, locale)]),
  });
  await recordShownReminder(alarm.name);
  return id === alarm.name;
}

let listening = false;

/** Listens to alarms once the API exists (granted before this start, or just now). */
function listenToAlarms(): void {
  const alarms = alarmsApi();
  if (listening || !alarms) return;
  listening = true;
  alarms.onAlarm.addListener((alarm) => void showReminder(alarm).catch(warn));
}

function warn(error: unknown): void {
  console.warn('[Backstory] reminders:', error);
}

/** `get-reminders` / `save-reminders`, from this extension's own pages (the options page). */
export const reminderRoutes: Routes = {
  'get-reminders': { from: 'extension-page', handle: () => readReminderPrefs() },
  'save-reminders': {
    from: 'extension-page',
    handle: (message) => writeReminderPrefs(message.prefs).then(() => true),
  },
};

export function registerReminders(): void {
  listenToAlarms();
  browser.permissions.onAdded.addListener(() => {
    listenToAlarms();
    void rescheduleReminders().catch(warn);
  });
  browser.permissions.onRemoved.addListener(() => void rescheduleReminders().catch(warn));
  watchReminderPrefs(() => void rescheduleReminders().catch(warn));
  void rescheduleReminders().catch(warn);
  if (__TEST_HOOKS__) {
    Object.assign(globalThis, {
      backstoryRemindersForTest: {
        reschedule: rescheduleReminders,
        /** Fires every reminder alarm now; resolves to the names shown. */
        async fireAll(): Promise<string[]> {
          const shown: string[] = [];
          for (const alarm of (await alarmsApi()?.getAll()) ?? [])
            if (await showReminder(alarm)) shown.push(alarm.name);
          return shown;
        },
      },
    });
  }
}
