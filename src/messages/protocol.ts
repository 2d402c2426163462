/**
 * Messages between the extension's contexts (content script, background, popup, options).
 * Every handler validates what it receives with `parseMessage` and checks the sender
 * (`sender.id === runtime.id`, and for content→background a `sender.tab`).
 *
 * Directions:
 * - content → background: `recognize`, `card`, `page-report`, `get-settings`
 * - popup → background:   `also-mentioned`
 * - popup/background → content (tabs.sendMessage): `page-state`, `reveal-entity`, `step-mention`,
 *   `page-text` (the content script checks these with the valibot-free `parseContentMessage`,
 *   `content-messages.ts`, which accepts exactly what `parseMessage` accepts for them)
 */
import * as v from 'valibot';
import type { CardData } from '../card/card-data';
import type { DeadlineLine } from '../card/deadline-line';
import type { EntityType } from '../knowledge/schema';
import type { Settings } from '../settings/site-rules';
import { MAX_RECOGNIZE_CHARS } from './limits';

export { MAX_RECOGNIZE_CHARS } from './limits';

const entityId = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), v.maxLength(200));

export const RecognizeRequest = v.strictObject({
  type: v.literal('recognize'),
  text: v.pipe(v.string(), v.maxLength(MAX_RECOGNIZE_CHARS)),
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
/** Content → background: the reader's current settings (validated by the background). */
export const GetSettingsRequest = v.strictObject({ type: v.literal('get-settings') });

export const MessageSchema = v.variant('type', [
  RecognizeRequest,
  CardRequest,
  PageReport,
  AlsoMentionedRequest,
  PageStateRequest,
  RevealEntityRequest,
  StepMentionRequest,
  PageTextRequest,
  GetSettingsRequest,
]);
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

/** One mention as the background sends it: `text.slice(start, end)` of the text it was given. */
export type WireMention = { entity: string; type: EntityType; start: number; end: number };
/** Reply to `recognize`: mentions sorted by `start`, never overlapping. */
export type RecognizeResponse = { mentions: WireMention[] };
/**
 * The card's date-dependent wording, made by the background for the reader's locale, time zone and
 * today (so the content script carries no date formatting): one `as of` label per fact, one line per
 * deadline (live status), and the knowledge date.
 */
export type CardLabels = { facts: string[]; deadlines: DeadlineLine[]; packAsOf: string };
/** Reply to `card`: null when the pack has no such entity; `labels` (added later) for `card`. */
export type CardResponse = { card: CardData | null; labels?: CardLabels };
/** Reply to `page-state` from a tab's content script. */
export type PageStateResponse = {
  hostname: string;
  /** Highlighting on for this site (settings). */
  enabled: boolean;
  /** Entity id → mentions on the page (empty when disabled). */
  counts: Record<string, number>;
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
