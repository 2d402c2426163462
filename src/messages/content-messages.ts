/**
 * The messages a tab's content script answers (`page-state`, `page-text`, `reveal-entity`,
 * `step-mention`, `settings-changed`), checked by hand so the content bundle carries no valibot. Accepts exactly what
 * `parseMessage` (protocol.ts) accepts for these types — same rules as its strict objects: an object,
 * every field present (`in`, so inherited ones count), no enumerable key beyond them (`for…in`),
 * field values as in the schema — and returns a fresh copy, or undefined (never throws).
 * `content-messages.test.ts` checks the two agree on random and hostile input.
 */

/** Same rule as protocol.ts's entity id (`packId/entityId`, src/knowledge/refs.ts). */
const ENTITY_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/;

export type ContentMessage =
  | { type: 'page-state' }
  | { type: 'page-text' }
  | { type: 'reveal-entity'; entity: string }
  | { type: 'step-mention'; direction: 1 | -1 }
  | { type: 'settings-changed' };

/** Each content message type → its one field besides `type` and that field's rule (if any). */
const FIELDS: Record<string, [] | [string, (value: unknown) => boolean]> = {
  'page-state': [],
  'page-text': [],
  'reveal-entity': [
    'entity',
    (value) => typeof value === 'string' && value.length <= 200 && ENTITY_ID.test(value),
  ],
  'step-mention': ['direction', (value) => value === 1 || value === -1],
  'settings-changed': [],
};

export function parseContentMessage(value: unknown): ContentMessage | undefined {
  try {
    if (!value || typeof value !== 'object' || !('type' in value)) return undefined;
    const input = value as Record<string, unknown>;
    const type = input.type;
    if (typeof type !== 'string' || !Object.hasOwn(FIELDS, type)) return undefined;
    const [field, valid] = FIELDS[type] ?? [];
    // Strict: no enumerable key (own or inherited) but `type` and the field.
    for (const key in input) if (key !== 'type' && key !== field) return undefined;
    if (!field) return { type } as ContentMessage;
    if (!(field in input) || !valid?.(input[field])) return undefined;
    return { type, [field]: input[field] } as ContentMessage;
  } catch {
    // A hostile object (a throwing getter or `has` trap, a revoked Proxy) is not a message.
    return undefined;
  }
}
