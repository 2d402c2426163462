/**
 * Messages between the extension's contexts (content script, background, popup, options).
 * Every handler validates what it receives with `parseMessage` and checks the sender
 * (`sender.id === runtime.id`, and for content→background a `sender.tab`).
 *
 * Directions:
 * - content → background: `recognise`, `card`, `page-report`
 * - popup → background:   `also-mentioned`
 * - popup/background → content (tabs.sendMessage): `page-state`, `reveal-entity`, `step-mention`
 */
import * as v from 'valibot';
import type { CardData } from '../card/card-data';
import type { EntityType } from '../knowledge/schema';

/** Upper bound on text sent for recognition in one message (UTF-16 code units). */
export const MAX_RECOGNISE_CHARS = 4_000_000;

const entityId = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), v.maxLength(200));

export const RecogniseRequest = v.strictObject({
  type: v.literal('recognise'),
  text: v.pipe(v.string(), v.maxLength(MAX_RECOGNISE_CHARS)),
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

export const MessageSchema = v.variant('type', [
  RecogniseRequest,
  CardRequest,
  PageReport,
  AlsoMentionedRequest,
  PageStateRequest,
  RevealEntityRequest,
  StepMentionRequest,
  PageTextRequest,
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
/** Reply to `recognise`: mentions sorted by `start`, never overlapping. */
export type RecogniseResponse = { mentions: WireMention[] };
/** Reply to `card`: null when the pack has no such entity. */
export type CardResponse = { card: CardData | null };
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
/** Reply to `page-text`: the text the content script extracted (at most MAX_RECOGNISE_CHARS). */
export type PageTextResponse = { text: string };
/** Reply to `also-mentioned` (from the background): names not in the pack, or why there are none. */
export type AlsoMentionedResponse =
  | { names: { text: string; kind: 'person' | 'organization' }[] }
  | { error: string };
