/**
 * Background entry (Chrome service worker / Firefox event page). Every listener is registered
 * synchronously here, on each start, so a woken worker receives the event that woke it: the one
 * message router (routes.ts), the settings service and the modules with their own browser events.
 */
import { registerAlsoMentioned } from './also-mentioned';
import { registerBadge } from './badge';
import { registerMentionCommands } from './mention-commands';
import { registerPackUpdates } from './packs/updates';
import { registerReminders } from './reminders';
import { listenForMessages } from './router';
import { ROUTES } from './routes';
import { registerSettingsMigration } from './settings-migration';
import { registerSettingsService } from './settings-service';
import { registerSiteToggleCommand } from './site-toggle-command';
import { installBackgroundTestBridge } from './test-bridge';
import { installBackgroundTestHooks } from './test-hooks';

listenForMessages(ROUTES);
registerSettingsService();
registerSettingsMigration();
registerMentionCommands();
registerSiteToggleCommand();
registerBadge();
registerAlsoMentioned();
registerPackUpdates();
registerReminders();

if (__TEST_HOOKS__) {
  installBackgroundTestBridge();
  installBackgroundTestHooks();
}
