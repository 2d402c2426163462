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
]);
export type Message = v.InferOutput<typeof MessageSchema>;

/** The message if it has a known, valid shape; otherwise undefined (never throws). */
export function parseMessage(value: unknown): Message | undefined {
  const result = v.safeParse(MessageSchema, value);
  return result.success ? result.output : undefined;
}
