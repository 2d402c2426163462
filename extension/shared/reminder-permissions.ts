/**
 * The optional permissions deadline reminders rest on, for the options page (which asks for them)
 * and the background (which schedules only while they are granted).
 */
import browser from 'webextension-polyfill';

/**
 * The permissions reminders need that the manifest lists as optional: `notifications` (`alarms`
 * is required anyway, for scheduled pack updates).
 */
export function reminderPermissions(): string[] {
  const optional = (browser.runtime.getManifest().optional_permissions ?? []) as string[];
  return ['alarms', 'notifications'].filter((p) => optional.includes(p));
}

export function hasReminderPermissions(): Promise<boolean> {
  return browser.permissions.contains({ permissions: reminderPermissions() as never });
}
