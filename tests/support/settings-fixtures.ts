/** Settings written out for tests: literal values, never read from the code under test. */
import type { Settings } from '../../src/settings';

/** Every setting a reader may change (all but `version`), in the order the schema declares them. */
export const READER_SETTING_KEYS = [
  'enabledByDefault',
  'siteExceptions',
  'highlightStyle',
  'entityTypes',
  'hoverDelayMs',
  'showBadge',
];

/** Valid settings, each different from its default. */
const changed: Settings = {
  version: 1,
  enabledByDefault: false,
  siteExceptions: ['example.com', 'news.example.org'],
  highlightStyle: 'background',
  entityTypes: ['person', 'law'],
  hoverDelayMs: 750,
  showBadge: false,
};
export const CHANGED_SETTINGS: Readonly<Settings> = Object.freeze(changed);

/** `count` distinct hostnames (`site-0.example0.com`, `site-1.example1.com`, …): site lists of any size. */
export function manySites(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `site-${i}.example${i % 7}.com`);
}
