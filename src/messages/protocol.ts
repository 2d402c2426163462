/**
 * Messages between the extension's contexts (content script, background, popup, options).
 * The background's router (extension/background/router.ts) parses each message once with
 * `parseMessage` and checks the sender rule declared for its type; the content script checks its
 * own types with the valibot-free `parseContentMessage` (content-messages.ts), which accepts
 * exactly what `parseMessage` accepts for them.
 *
 * Directions:
 * - content → background: `recognize` (a long text sends `recognize-part` pieces first), `card`,
 *   `page-report`, `get-settings`
 * - popup/options → background: `card`, `get-settings`, `also-mentioned`, and the settings
 *   requests `save-settings`, `replace-settings`, `set-site-highlighting`, `edit-site-list`,
 *   `get-settings-problems`, `clear-settings-problems` (only the background writes storage)
 * - packs (options/popup ↔ background, background → every context): see pack-messages.ts
 * - popup/background → content (tabs.sendMessage): `page-state`, `reveal-entity`, `step-mention`,
 *   `page-text`, `settings-changed`
 * - background → popup/options (runtime.sendMessage): `settings-changed`
 */
import * as v from 'valibot';
import type { CardData } from '../card/card-data';
import type { DeadlineLine } from '../card/deadline-line';
import { QUALIFIED_REF } from '../knowledge/refs';
import type { EntityType } from '../knowledge/schema';
import { SETTING_KEYS, type Settings, type StoredProblems } from '../settings';
import type { TextDigest } from '../text/text-digest';
import { MAX_RECOGNIZE_CHARS, MAX_RECOGNIZE_PARTS, RECOGNIZE_PART_CHARS } from './limits';
import {
  AddPackFileRequest,
  CheckPackUpdatesRequest,
  KnowledgeChanged,
  ListPacksRequest,
  MovePackRequest,
  PopupKnowledgeRequest,
  RemovePackRequest,
  SetPackEnabledRequest,
  SubscribePackRequest,
} from './pack-messages';

export { MAX_RECOGNIZE_CHARS } from './limits';
export type { PacksResponse, PopupKnowledgeResponse } from './pack-messages';

/** Entities are known by `packId/entityId` at run time (src/knowledge/refs.ts). */
const entityId = v.pipe(v.string(), v.regex(QUALIFIED_REF), v.maxLength(200));

/** Names the pieces of one long text (chosen by the content script, one per reading of the page). */
const textId = v.pipe(v.string(), v.regex(/^[\w-]{1,64}$/));
const partCount = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_RECOGNIZE_PARTS));

export const RecognizeRequest = v.strictObject({
  type: v.literal('recognize'),
  text: v.pipe(v.string(), v.maxLength(MAX_RECOGNIZE_CHARS)),
  /** `text` ends a long text whose first `parts` pieces came as `recognize-part` messages named `id`. */
  continues: v.optional(v.strictObject({ id: textId, parts: partCount })),
});
/** Content → background: piece `index` of a long page text, ahead of the `recognize` that ends it. */
export const RecognizePartRequest = v.strictObject({
  type: v.literal('recognize-part'),
  id: textId,
  index: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_RECOGNIZE_PARTS - 1)),
  text: v.pipe(v.string(), v.maxLength(RECOGNIZE_PART_CHARS)),
});
export const CardRequest = v.strictObject({ type: v.literal('card'), entity: entityId });
/** Content script's tally after painting: entity id → mention count on the page. */
export const PageReport = v.strictObject({
  type: v.literal('page-report'),
  counts: v.record(entityId, v.pipe(v.number(), v.integer(), v.minValue(0))),
});
export const AlsoMentionedRequest = v.strictObject({
  type: v.literal('also-mentioned'),
  tabId: v.pipe(v.number(), v.integer(), v.minValue(0)),
});
export const PageStateRequest = v.strictObject({ type: v.literal('page-state') });
export const RevealEntityRequest = v.strictObject({ type: v.literal('reveal-entity'), entity: entityId });
/** Popup/background → content: the page's visible text (for "Also mentioned", found off the page's thread). */
export const PageTextRequest = v.strictObject({ type: v.literal('page-text') });
export const StepMentionRequest = v.strictObject({
  type: v.literal('step-mention'),
  direction: v.picklist([1, -1]),
});
/** Content or page → background: the reader's current settings (validated by the background). */
export const GetSettingsRequest = v.strictObject({ type: v.literal('get-settings') });
/** Setting keys a page may change (the version is the background's). */
const PATCHABLE_KEYS = SETTING_KEYS.filter((key) => key !== 'version');
/** Named values, not a list (valibot's records accept arrays). */
function namedValues<K extends v.GenericSchema<string, string>>(keys: K) {
  return v.pipe(
    v.unknown(),
    v.check((value) => !Array.isArray(value), 'an object, not a list'),
    v.record(keys, v.unknown()),
  );
}
/** Page → background: change some settings; the background validates the result before writing. */
export const SaveSettingsRequest = v.strictObject({
  type: v.literal('save-settings'),
  patch: namedValues(v.picklist(PATCHABLE_KEYS)),
});
/** Page → background: replace every setting (import, reset); refused whole when any value is bad. */
export const ReplaceSettingsRequest = v.strictObject({
  type: v.literal('replace-settings'),
  settings: namedValues(v.string()),
});
/** Page → background: highlighting on or off for a site (adds or removes its exception). */
export const SetSiteHighlightingRequest = v.strictObject({
  type: v.literal('set-site-highlighting'),
  hostname: v.pipe(v.string(), v.minLength(1), v.maxLength(253)),
  enabled: v.boolean(),
});
/**
 * Options page → background: put one hostname on the site list or take exactly that entry off.
 * An edit, not a whole list, so an edit made elsewhere meanwhile (the popup's switch, another
 * options page) is never undone by a list this page read before it.
 */
export const EditSiteListRequest = v.strictObject({
  type: v.literal('edit-site-list'),
  hostname: v.pipe(v.string(), v.minLength(1), v.maxLength(253)),
  listed: v.boolean(),
});
/** Page → background: the problems the background found at its last repair of stored settings. */
export const GetSettingsProblemsRequest = v.strictObject({ type: v.literal('get-settings-problems') });
export const ClearSettingsProblemsRequest = v.strictObject({ type: v.literal('clear-settings-problems') });
/** Background → every context: the settings changed; ask again with `get-settings`. */
export const SettingsChanged = v.strictObject({ type: v.literal('settings-changed') });
/** Options page → background: the reader's reminder choice (the background owns its storage). */
export const GetRemindersRequest = v.strictObject({ type: v.literal('get-reminders') });
export const SaveRemindersRequest = v.strictObject({
  type: v.literal('save-reminders'),
  prefs: v.strictObject({
    enabled: v.boolean(),
    daysBefore: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(60)),
    untracked: v.pipe(v.array(entityId), v.maxLength(1000)),
  }),
});

export const MessageSchema = v.variant('type', [
  RecognizeRequest,
  RecognizePartRequest,
  CardRequest,
  PageReport,
  AlsoMentionedRequest,
  PageStateRequest,
  RevealEntityRequest,
  StepMentionRequest,
  PageTextRequest,
  GetSettingsRequest,
  SaveSettingsRequest,
  ReplaceSettingsRequest,
  SetSiteHighlightingRequest,
  EditSiteListRequest,
  GetSettingsProblemsRequest,
  ClearSettingsProblemsRequest,
  SettingsChanged,
  ListPacksRequest,
  SetPackEnabledRequest,
  MovePackRequest,
  RemovePackRequest,
  AddPackFileRequest,
  SubscribePackRequest,
  CheckPackUpdatesRequest,
  PopupKnowledgeRequest,
  KnowledgeChanged,
  GetRemindersRequest,
  SaveRemindersRequest,
]);
export type MessageType = Message['type'];
/** The message of one type. */
export type MessageOf<T extends MessageType> = Extract<Message, { type: T }>;
export type Message = v.InferOutput<typeof MessageSchema>;

/** The message if it has a known, valid shape; otherwise undefined (never throws). */
export function parseMessage(value: unknown): Message | undefined {
  try {
    const result = v.safeParse(MessageSchema, value);
    return result.success ? result.output : undefined;
  } catch {
    // A hostile object (a throwing getter, a revoked Proxy) is not a message.
    return undefined;
  }
}

// ---- Replies (sent by trusted extension contexts; typed here so both ends agree) ----

/** What the background answers when a handler fails (the pack could not be loaded, …). */
export type ErrorResponse = { error: string };

/** One mention as the background sends it: `text.slice(start, end)` of the text it was given. */
export type WireMention = { entity: string; type: EntityType; start: number; end: number };
/**
 * Reply to `recognize`: mentions sorted by `start`, never overlapping, and the digest of the whole text
 * recognized (its pieces joined), which the content script keeps instead of the text.
 */
export type RecognizeResponse = { mentions: WireMention[]; digest?: TextDigest };
/**
 * A fact's source link: visible text (the publisher, else the hostname), full accessible name, and
 * the address when it is a safe http(s) link (`sourceLink`).
 */
export type SourceLabel = { text: string; name: string; href?: string };
/**
 * The card's wording, made by the background for the reader's language, locale, time zone and today
 * (so the content script carries no date formatting and few words): the entity type, one `as of`
 * label and one source label per fact, one line per deadline (live status, with its timeline), a
 * type label per related entity, the knowledge date, and the facts with their sources as plain text
 * for "Copy".
 */
export type CardLabels = {
  type: string;
  facts: string[];
  sources: SourceLabel[];
  deadlines: DeadlineLine[];
  related: string[];
  packAsOf: string;
  copyText: string;
  /** The entity's Wikidata page, when it has a valid QID (`wikidataLink`). */
  wikidata?: { href: string; label: string };
  /**
   * The description (and name) translated into the reader's language, with its language tag and
   * the note that marks it as a translation of the English; absent for English readers.
   */
  translation?: { lang: string; text: string; name?: string; note: string };
};
/** Reply to `card`: null when the pack has no such entity, else the card and its wording. */
export type CardResponse = { card: CardData | null; labels?: CardLabels };
/** Reply to `page-state` from a tab's content script. */
export type PageStateResponse = {
  hostname: string;
  /** Highlighting on for this site (settings). */
  enabled: boolean;
  /** Entity id → mentions on the page (empty when disabled). */
  counts: Record<string, number>;
  /** False while the page is being read again after a settings change (the counts are the last reading's). */
  current?: boolean;
};
/** Reply to `reveal-entity`: whether the entity is on the page (and was scrolled to). */
export type RevealEntityResponse = { revealed: boolean };
/** Reply to `page-text`: the text the content script extracted (at most MAX_RECOGNIZE_CHARS). */
export type PageTextResponse = { text: string };
/**
 * Reply to `get-settings` (from the background): the settings, defaults for anything corrupt, and
 * whether highlighting is on for the asking page's site (its URL's hostname against the site rules).
 */
export type GetSettingsResponse = { settings: Settings; enabled: boolean };
/** Reply to `also-mentioned` (from the background): names not in the pack, or why there are none. */
export type AlsoMentionedResponse =
  | { names: { text: string; kind: 'person' | 'organization' }[] }
  | { error: string };
/** Reply to the settings requests that write: the settings now stored, or why nothing changed. */
export type SettingsWriteResponse = { settings: Settings } | { error: string };
/** Reply to `get-settings-problems`: the last repair's record, or null when there is none. */
export type SettingsProblemsResponse = { problems: StoredProblems | null };
