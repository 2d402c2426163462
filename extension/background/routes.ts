/**
 * Every message the background answers, by type: each route's sender rule and handler are declared
 * in the module that owns the work (see router.ts for the rules). "Also mentioned" is asked over a
 * port instead (also-mentioned.ts), so that closing the popup cancels it.
 */
import { badgeRoutes } from './badge';
import { packRoutes } from './packs/service';
import { recognitionRoutes } from './recognition-service';
import { reminderRoutes } from './reminders';
import type { Routes } from './router';
import { settingsRoutes } from './settings-service';

export const ROUTES: Routes = {
  ...recognitionRoutes,
  ...settingsRoutes,
  ...badgeRoutes,
  ...packRoutes,
  ...reminderRoutes,
};
