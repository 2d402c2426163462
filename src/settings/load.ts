/**
 * Reading settings from a storage area (anything with the `get` of `browser.storage.StorageArea`),
 * so background, content script, popup and options page share one code path and tests can pass a
 * plain object.
 */
import { type ParsedSettings, parseStoredSettings } from './schema';
import { fromStorageItems, type StorageItems } from './storage-layout';

export interface ReadableStorageArea {
  get(keys?: null | string | string[]): Promise<StorageItems>;
}

/** Settings and per-key problems from the area; a failing read yields defaults plus a problem. */
export async function loadSettings(area: ReadableStorageArea): Promise<ParsedSettings> {
  let items: StorageItems;
  try {
    items = await area.get(null);
  } catch (error) {
    const parsed = parseStoredSettings({});
    parsed.problems.push({
      key: '(storage)',
      message: `could not read settings: ${(error as Error).message}`,
    });
    return parsed;
  }
  return parseStoredSettings(fromStorageItems(items));
}
