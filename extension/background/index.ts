/**
 * Background entry (Chrome service worker / Firefox event page). Every listener is registered
 * synchronously here, on each start, so a woken worker receives the event that woke it.
 * One line per module; each module's `register*()` owns its listeners.
 */
import { registerAlsoMentioned } from './also-mentioned';
import { registerBadge } from './badge';
import { registerMentionCommands } from './mention-commands';
import { registerRecognitionService } from './recognition-service';
import { registerSettingsMigration } from './settings-migration';
import { registerSettingsService } from './settings-service';
import { registerSiteToggleCommand } from './site-toggle-command';
import { installBackgroundTestBridge } from './test-bridge';
import { installBackgroundTestHooks } from './test-hooks';

registerRecognitionService();
registerMentionCommands();
registerSettingsMigration();
registerSettingsService();
registerSiteToggleCommand();
registerBadge();
registerAlsoMentioned();

if (__TEST_HOOKS__) {
  installBackgroundTestBridge();
  installBackgroundTestHooks();
}
