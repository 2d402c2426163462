/**
 * Hostile input for the message protocol: whatever arrives through `runtime.onMessage`,
 * `parseMessage` never throws, and what it accepts is exactly a known message whose fields
 * are within bounds — so a handler can trust a parsed message without further checks.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RECOGNIZE_PART_CHARS } from '../../src/messages/limits';
import { MAX_RECOGNIZE_CHARS, type Message, parseMessage } from '../../src/messages/protocol';
import { READER_SETTING_KEYS } from '../support/settings-fixtures';

const RUNS = 500;
const TYPES = [
  'recognize',
  'recognize-part',
  'card',
  'page-report',
  'also-mentioned',
  'page-state',
  'reveal-entity',
  'page-text',
  'step-mention',
  'get-settings',
  'save-settings',
  'replace-settings',
  'set-site-highlighting',
  'edit-site-list',
  'get-settings-problems',
  'clear-settings-problems',
  'settings-changed',
];
/** Run-time entity ids name their pack: `packId/entityId` (src/knowledge/refs.ts). */
const ENTITY_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/;

function expectTrustworthy(message: Message): void {
  expect(TYPES).toContain(message.type);
  switch (message.type) {
    case 'recognize':
      expect(typeof message.text).toBe('string');
      expect(message.text.length).toBeLessThanOrEqual(MAX_RECOGNIZE_CHARS);
      break;
    case 'recognize-part':
      expect(message.id).toMatch(/^[\w-]{1,64}$/);
      expect(Number.isInteger(message.index) && message.index >= 0).toBe(true);
      expect(message.text.length).toBeLessThanOrEqual(RECOGNIZE_PART_CHARS);
      break;
    case 'card':
    case 'reveal-entity':
      expect(message.entity).toMatch(ENTITY_ID);
      break;
    case 'page-report':
      for (const [id, count] of Object.entries(message.counts)) {
        expect(id).toMatch(ENTITY_ID);
        expect(Number.isInteger(count) && count >= 0).toBe(true);
      }
      break;
    case 'also-mentioned':
      expect(Number.isInteger(message.tabId) && message.tabId >= 0).toBe(true);
      break;
    case 'step-mention':
      expect([1, -1]).toContain(message.direction);
      break;
    case 'save-settings':
      for (const key of Object.keys(message.patch)) expect(READER_SETTING_KEYS).toContain(key);
      break;
    case 'replace-settings':
      expect(typeof message.settings === 'object' && message.settings !== null).toBe(true);
      expect(Array.isArray(message.settings)).toBe(false);
      break;
    case 'set-site-highlighting':
      expect(message.hostname.length >= 1 && message.hostname.length <= 253).toBe(true);
      expect(typeof message.enabled).toBe('boolean');
      break;
    case 'edit-site-list':
      expect(message.hostname.length >= 1 && message.hostname.length <= 253).toBe(true);
      expect(typeof message.listed).toBe('boolean');
      break;
    default:
      expect(Object.keys(message)).toEqual(['type']);
  }
}

/** Field values: valid ones often enough that accepted messages are checked, and near misses. */
const text = fc.oneof(fc.string(), fc.jsonValue({ maxDepth: 1 }));
const entity = fc.oneof(
  fc.stringMatching(ENTITY_ID),
  fc.constantFrom(
    'us-china-trade-tech/scott-bessent',
    'scott-bessent',
    'p/Scott-Bessent',
    'p/-x',
    'p/a--b',
    'a/b/c',
    '',
    '__proto__',
    `p/${'a'.repeat(199)}`,
  ),
  fc.string(),
);
const counts = fc.oneof(
  fc.dictionary(fc.stringMatching(ENTITY_ID), fc.nat()),
  fc.dictionary(fc.string({ maxLength: 10 }), fc.oneof(fc.integer(), fc.double(), fc.string())),
  fc.jsonValue({ maxDepth: 2 }),
);
const tabId = fc.oneof(fc.nat(), fc.integer(), fc.double(), fc.constantFrom(-1, Number.NaN, '3'));
const direction = fc.oneof(
  fc.constantFrom(1, -1),
  fc.integer({ min: -2, max: 2 }),
  fc.constantFrom('1', 0.5),
);
const patch = fc.oneof(
  fc.dictionary(
    fc.constantFrom(...READER_SETTING_KEYS, 'version', '__proto__', 'x'),
    fc.jsonValue({ maxDepth: 1 }),
  ),
  fc.jsonValue({ maxDepth: 1 }),
);
const settings = fc.jsonValue({ maxDepth: 1 });
const hostname = fc.oneof(
  fc.constantFrom('news.example', '', 'a'.repeat(253), 'a'.repeat(254)),
  fc.string({ maxLength: 20 }),
  fc.jsonValue({ maxDepth: 1 }),
);
const enabled = fc.oneof(fc.boolean(), fc.jsonValue({ maxDepth: 1 }));
const extra = fc.jsonValue({ maxDepth: 1 });

/** Objects that look like messages: any type with any fields. */
const anyFields = fc.record(
  {
    type: fc.oneof(fc.constantFrom(...TYPES), fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 1 })),
    text,
    entity,
    counts,
    tabId,
    direction,
    patch,
    settings,
    hostname,
    enabled,
    extra,
  },
  { requiredKeys: ['type'] },
);

/** Objects shaped like one message type: its own field, random or valid, and sometimes an extra key. */
const oneTypeFields = fc.oneof(
  fc.record({ type: fc.constant('recognize'), text, extra }, { requiredKeys: ['type', 'text'] }),
  fc.record(
    { type: fc.constantFrom('card', 'reveal-entity'), entity, extra },
    { requiredKeys: ['type', 'entity'] },
  ),
  fc.record({ type: fc.constant('page-report'), counts, extra }, { requiredKeys: ['type', 'counts'] }),
  fc.record({ type: fc.constant('also-mentioned'), tabId, extra }, { requiredKeys: ['type', 'tabId'] }),
  fc.record(
    {
      type: fc.constantFrom(
        'page-state',
        'page-text',
        'get-settings',
        'get-settings-problems',
        'clear-settings-problems',
        'settings-changed',
      ),
      extra,
    },
    { requiredKeys: ['type'] },
  ),
  fc.record({ type: fc.constant('step-mention'), direction, extra }, { requiredKeys: ['type', 'direction'] }),
  fc.record({ type: fc.constant('save-settings'), patch, extra }, { requiredKeys: ['type', 'patch'] }),
  fc.record(
    { type: fc.constant('replace-settings'), settings, extra },
    { requiredKeys: ['type', 'settings'] },
  ),
  fc.record(
    { type: fc.constant('set-site-highlighting'), hostname, enabled, extra },
    { requiredKeys: ['type', 'hostname', 'enabled'] },
  ),
  fc.record(
    { type: fc.constant('edit-site-list'), hostname, listed: enabled, extra },
    { requiredKeys: ['type', 'hostname', 'listed'] },
  ),
);

const messageLike = fc.oneof(anyFields, oneTypeFields);

describe('parseMessage under hostile input', () => {
  const anything = fc.anything({
    maxDepth: 3,
    withBigInt: true,
    withMap: true,
    withSet: true,
    withNullPrototype: true,
  });

  it('refuses anything without a message type, without throwing', () => {
    fc.assert(
      fc.property(
        anything.filter((value) => !(typeof value === 'object' && value !== null && 'type' in value)),
        (value) => {
          expect(parseMessage(value)).toBeUndefined();
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('accepts a recognize request exactly when its text is a string within the limit', () => {
    fc.assert(
      fc.property(fc.oneof(anything, fc.string()), (text) => {
        const want = typeof text === 'string' ? { type: 'recognize', text } : undefined;
        expect(parseMessage({ type: 'recognize', text })).toEqual(want);
      }),
      { numRuns: RUNS },
    );
  });

  it('checks every field of message-like objects, and refuses unknown extra keys', () => {
    let accepted = 0;
    fc.assert(
      fc.property(messageLike, (value) => {
        const parsed = parseMessage(value);
        if (parsed) {
          accepted += 1;
          expectTrustworthy(parsed);
          expect('extra' in (value as object)).toBe(false);
        } else {
          expect(parsed).toBeUndefined();
        }
      }),
      { numRuns: RUNS },
    );
    // The generator makes valid messages too: the checks above ran on accepted ones.
    expect(accepted).toBeGreaterThan(0);
  });

  it('accepts each valid message as it is', () => {
    const valid: Message[] = [
      { type: 'recognize', text: 'Scott Bessent met He Lifeng.' },
      { type: 'card', entity: 'us-china-trade-tech/scott-bessent' },
      { type: 'page-report', counts: { 'us-china-trade-tech/scott-bessent': 2 } },
      { type: 'also-mentioned', tabId: 3 },
      { type: 'page-state' },
      { type: 'reveal-entity', entity: 'us-china-trade-tech/nvidia' },
      { type: 'step-mention', direction: -1 },
    ];
    for (const message of valid) expect(parseMessage(message)).toEqual(message);
  });

  it('refuses oversize text and prototype tricks', () => {
    expect(parseMessage({ type: 'recognize', text: 'x'.repeat(MAX_RECOGNIZE_CHARS + 1) })).toBeUndefined();
    // valibot drops a "__proto__" key rather than copying it: the parsed counts are clean.
    const proto = parseMessage(JSON.parse('{"type":"page-report","counts":{"__proto__":1,"p/nvidia":2}}'));
    expect(proto).toEqual({ type: 'page-report', counts: { 'p/nvidia': 2 } });
    expect(Object.getPrototypeOf((proto as { counts: object }).counts)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).nvidia).toBeUndefined();
    // Messages arrive structured-cloned, so accessors cannot reach a handler; parseMessage does
    // throw if handed an object whose getter throws (noted in docs/security.md), not tested here.
  });
});
