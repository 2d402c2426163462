/**
 * The update schedule: one `alarms` alarm, present only while the reader has a subscription (so a
 * reader without one causes no wake-up and no request at all). Each time it fires, the
 * subscriptions that are due (subscription.ts: a day after a success, sooner after a failure) are
 * checked.
 */
import browser from 'webextension-polyfill';
import { readRecords } from './pack-store';

export const UPDATE_ALARM = 'pack-updates';
/** How often the alarm wakes the background to see whether a subscription is due. */
export const ALARM_PERIOD_MINUTES = 60;

/** Creates the alarm when a subscription exists, clears it when none does. */
export async function scheduleUpdates(): Promise<void> {
  const { records } = await readRecords();
  const subscribed = records.some((r) => r.source.kind === 'url');
  const existing = await browser.alarms.get(UPDATE_ALARM);
  if (subscribed && existing === undefined) {
    await browser.alarms.create(UPDATE_ALARM, { periodInMinutes: ALARM_PERIOD_MINUTES, delayInMinutes: 1 });
  } else if (!subscribed && existing !== undefined) {
    await browser.alarms.clear(UPDATE_ALARM);
  }
}
