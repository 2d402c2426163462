/**
 * The record of the last repair of stored settings (`storage.local` `settingsProblems`), read as
 * defensively as every other stored value: whatever the key holds, the reader gets either
 * undefined or a well-formed record of strings, never an exception.
 */
import type { SettingsProblem } from './site-rules';
import type { StoredProblems } from './storage-layout';

/** Most problems kept from a stored record (the repair itself stores far fewer). */
const MAX_STORED_PROBLEMS = 50;
/** Longest key or message kept; longer text is cut. */
const MAX_TEXT = 300;

function text(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  return value.length > MAX_TEXT ? `${value.slice(0, MAX_TEXT - 1)}…` : value;
}

function field(record: object, key: string): unknown {
  try {
    return Object.hasOwn(record, key) ? (record as Record<string, unknown>)[key] : undefined;
  } catch {
    return undefined;
  }
}

/** A stored problems record, or undefined when there is none or it is unreadable. Never throws. */
export function parseStoredProblems(value: unknown): StoredProblems | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const list = field(value, 'problems');
  if (!Array.isArray(list)) return undefined;
  const problems: SettingsProblem[] = [];
  for (const entry of list.slice(0, MAX_STORED_PROBLEMS)) {
    if (entry === null || typeof entry !== 'object') continue;
    const key = text(field(entry, 'key'));
    const message = text(field(entry, 'message'));
    if (key !== undefined && message !== undefined) problems.push({ key, message });
  }
  if (problems.length === 0) return undefined;
  const at = text(field(value, 'at'));
  return { at: at !== undefined && !Number.isNaN(Date.parse(at)) ? at : '', problems };
}
