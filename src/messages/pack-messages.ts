/**
 * Messages about knowledge packs (protocol.ts lists them in `MessageSchema`):
 * - options page → background: `list-packs`, `set-pack-enabled`, `move-pack`, `remove-pack`,
 *   `add-pack-file`, `subscribe-pack`, `check-pack-updates` (each answered with `PacksResponse`);
 * - popup → background: `popup-knowledge` (deadlines of every enabled pack, names of entities found),
 *   and `check-pack-updates`;
 * - background → the extension's pages: `knowledge-changed` (they ask again); content scripts
 *   get `settings-changed` instead (extension/background/packs/changes.ts).
 */
import * as v from 'valibot';
import type { PackProblem } from '../knowledge/problems';
import { KEBAB_ID, QUALIFIED_REF } from '../knowledge/refs';
import type { PackDeadline, PackSummary } from '../packs/summary';

/** A pack file sent by the options page (the pack store's own cap on a subscription's file). */
export const MAX_PACK_FILE_CHARS = 32 * 1024 * 1024;
const MAX_URL_CHARS = 2048;
/** Most entity names the popup asks for at once. */
const MAX_NAMES_ASKED = 2000;

const packId = v.pipe(v.string(), v.regex(KEBAB_ID), v.maxLength(100));
const entityId = v.pipe(v.string(), v.regex(QUALIFIED_REF), v.maxLength(200));

export const ListPacksRequest = v.strictObject({ type: v.literal('list-packs') });
export const SetPackEnabledRequest = v.strictObject({
  type: v.literal('set-pack-enabled'),
  id: packId,
  enabled: v.boolean(),
});
export const MovePackRequest = v.strictObject({
  type: v.literal('move-pack'),
  id: packId,
  toIndex: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10_000)),
});
export const RemovePackRequest = v.strictObject({ type: v.literal('remove-pack'), id: packId });
export const AddPackFileRequest = v.strictObject({
  type: v.literal('add-pack-file'),
  fileName: v.pipe(v.string(), v.minLength(1), v.maxLength(255)),
  text: v.pipe(v.string(), v.maxLength(MAX_PACK_FILE_CHARS)),
  signature: v.optional(v.pipe(v.string(), v.maxLength(4096))),
});
export const SubscribePackRequest = v.strictObject({
  type: v.literal('subscribe-pack'),
  url: v.pipe(v.string(), v.maxLength(MAX_URL_CHARS)),
  /** A publisher key the reader got elsewhere (base64), pinned before the first copy is fetched. */
  publisherKey: v.optional(v.pipe(v.string(), v.regex(/^[A-Za-z0-9+/]{43}=$/))),
});
export const CheckPackUpdatesRequest = v.strictObject({
  type: v.literal('check-pack-updates'),
  id: v.optional(packId),
});
export const PopupKnowledgeRequest = v.strictObject({
  type: v.literal('popup-knowledge'),
  entities: v.pipe(v.array(entityId), v.maxLength(MAX_NAMES_ASKED)),
});
export const KnowledgeChanged = v.strictObject({ type: v.literal('knowledge-changed') });

/** Reply to every pack-list message: the list now, or why the change was refused (nothing changed). */
export type PacksResponse =
  | { packs: PackSummary[]; damaged: string[]; storageError?: string }
  | { error: string; problems: PackProblem[] };

/** Reply to `popup-knowledge`. */
export type PopupKnowledgeResponse = {
  deadlines: PackDeadline[];
  names: Record<string, string>;
  asOf: string | undefined;
};
