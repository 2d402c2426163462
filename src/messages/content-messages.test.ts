/**
 * Differential test: the content script's hand-written `parseContentMessage` accepts exactly what
 * valibot's `parseMessage` accepts for the content-bound types (and the same parsed value), on
 * random shapes, near-valid messages, inherited keys and hostile objects.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseContentMessage } from './content-messages';
import { parseMessage } from './protocol';

const CONTENT_TYPES = ['page-state', 'page-text', 'reveal-entity', 'step-mention', 'settings-changed'];
const OTHER_TYPES = [
  'recognize',
  'recognize-part',
  'card',
  'page-report',
  'also-mentioned',
  'get-settings',
  'save-settings',
  'replace-settings',
  'set-site-highlighting',
  'edit-site-list',
  'get-settings-problems',
  'clear-settings-problems',
  'list-packs',
  'set-pack-enabled',
  'move-pack',
  'remove-pack',
  'add-pack-file',
  'subscribe-pack',
  'check-pack-updates',
  'popup-knowledge',
  'knowledge-changed',
];

/** What the content script may act on according to the valibot schema. */
function expected(value: unknown) {
  const parsed = parseMessage(value);
  return parsed && CONTENT_TYPES.includes(parsed.type) ? parsed : undefined;
}

/** How many compared values each parser accepted: a comparison of two refusals proves little. */
const accepted = { count: 0 };

function agree(value: unknown): void {
  const want = expected(value);
  const got = parseContentMessage(value);
  expect(got).toEqual(want);
  if (got) {
    accepted.count += 1;
    expect(got).not.toBe(value); // a fresh copy, like valibot's output
  }
}

/** Runs `check` and asserts that at least `minAccepted` of its compared values were accepted. */
function expectSomeAccepted(minAccepted: number, check: () => void): void {
  accepted.count = 0;
  check();
  expect(accepted.count).toBeGreaterThanOrEqual(minAccepted);
}

const entity = fc.oneof(
  fc.constantFrom(
    'nvidia',
    'scott-bessent',
    'us-china-trade-tech/scott-bessent',
    'p/a1-b2',
    'p/q/r',
    '/nvidia',
    'p/',
    'a1-b2',
    'Nvidia',
    '-x',
    'x-',
    'a--b',
    '',
    '__proto__',
    `p/${'a'.repeat(198)}`,
    `p/${'a'.repeat(199)}`,
  ),
  fc.stringMatching(/^[a-z0-9-]{0,12}$/),
  fc.string(),
  fc.jsonValue({ maxDepth: 1 }),
);
const direction = fc.oneof(
  fc.constantFrom(1, -1, 0, -0, 2, 0.5, '1', '-1', Number.NaN, true, null),
  fc.integer({ min: -3, max: 3 }),
  fc.double(),
);
const messageLike = fc.record(
  {
    type: fc.oneof(
      fc.constantFrom(...CONTENT_TYPES, ...OTHER_TYPES),
      fc.string({ maxLength: 14 }),
      fc.jsonValue({ maxDepth: 1 }),
    ),
    entity,
    direction,
    text: fc.string({ maxLength: 5 }),
    extra: fc.jsonValue({ maxDepth: 1 }),
  },
  { requiredKeys: [] },
);

/** Content messages with valid fields, so the comparison also covers messages both accept. */
const validContent = fc.oneof(
  fc.constant({ type: 'page-state' }),
  fc.constant({ type: 'page-text' }),
  fc.record({
    type: fc.constant('reveal-entity'),
    entity: fc.stringMatching(/^[a-z0-9]{1,8}(?:-[a-z0-9]{1,8}){0,2}\/[a-z0-9]{1,8}(?:-[a-z0-9]{1,8}){0,2}$/),
  }),
  fc.record({ type: fc.constant('step-mention'), direction: fc.constantFrom(1, -1) }),
);

describe('parseContentMessage agrees with parseMessage for content messages', () => {
  it('on message-like records (missing, wrong and extra fields)', () => {
    expectSomeAccepted(100, () =>
      fc.assert(
        fc.property(fc.oneof(messageLike, validContent), (value) => agree(value)),
        { numRuns: 3000 },
      ),
    );
  });

  it('on anything (arrays, maps, null prototypes, nested values), alone and as a field', () => {
    const anything = fc.anything({
      maxDepth: 3,
      withBigInt: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
    });
    const withAnythingInside = fc.record(
      {
        type: fc.constantFrom(...CONTENT_TYPES),
        entity: fc.oneof(fc.constant('us-china-trade-tech/nvidia'), anything),
        direction: fc.oneof(fc.constant(-1), anything),
      },
      { requiredKeys: ['type'] },
    );
    // Valid messages are a third of the mix, so the comparison is never vacuous by chance: with only
    // random shapes, 7 to 23 of 1,000 values were accepted (40 seeds), and a run under the minimum of
    // 10 once failed `npm test`. Binomial(1000, 1/3) falls under 10 with probability below 1e-100.
    expectSomeAccepted(10, () =>
      fc.assert(
        fc.property(fc.oneof(anything, withAnythingInside, validContent), (value) => agree(value)),
        { numRuns: 1000 },
      ),
    );
  });

  it('on fields and extra keys that come from the prototype', () => {
    expectSomeAccepted(10, () =>
      fc.assert(
        fc.property(
          fc.oneof(messageLike, validContent),
          fc.oneof(fc.constant({}), messageLike),
          fc.boolean(),
          (proto, own, hideExtra) => {
            const value = Object.create(proto) as Record<string, unknown>;
            Object.assign(value, own);
            if (hideExtra && 'extra' in proto) Object.defineProperty(proto, 'extra', { enumerable: false });
            agree(value);
          },
        ),
        { numRuns: 1000 },
      ),
    );
  });

  it('accepts and refuses these messages, written out', () => {
    const accepts: [unknown, unknown][] = [
      [{ type: 'page-state' }, { type: 'page-state' }],
      [{ type: 'page-text' }, { type: 'page-text' }],
      [
        { type: 'reveal-entity', entity: 'us-china-trade-tech/scott-bessent' },
        { type: 'reveal-entity', entity: 'us-china-trade-tech/scott-bessent' },
      ],
      [
        { type: 'step-mention', direction: 1 },
        { type: 'step-mention', direction: 1 },
      ],
      [
        { type: 'step-mention', direction: -1 },
        { type: 'step-mention', direction: -1 },
      ],
    ];
    for (const [value, want] of accepts) expect(parseContentMessage(value)).toEqual(want);
    const refuses: unknown[] = [
      { type: 'recognize', text: 'x' },
      { type: 'page-state', extra: 1 },
      { type: 'reveal-entity', entity: 'Nvidia' },
      { type: 'reveal-entity', entity: 'scott-bessent' }, // run-time ids name their pack
      { type: 'reveal-entity', entity: `p/${'a'.repeat(199)}` },
      { type: 'knowledge-changed' }, // for the extension's pages; content scripts get settings-changed
      { type: 'step-mention', direction: 2 },
      { type: 'step-mention', direction: '1' },
      [],
      null,
      'page-state',
    ];
    for (const value of refuses) expect(parseContentMessage(value)).toBeUndefined();
  });

  it('on arrays, functions and non-enumerable fields carrying a message shape', () => {
    const array = Object.assign([], { type: 'page-state' });
    const fn = Object.assign(() => {}, { type: 'page-state' });
    const hidden = Object.defineProperty({ type: 'page-text' }, 'extra', { value: 1, enumerable: false });
    const hiddenType = Object.defineProperty({}, 'type', { value: 'page-state', enumerable: false });
    const inheritedExtra = Object.assign(Object.create({ extra: 1 }), { type: 'page-state' });
    const inheritedType = Object.create({ type: 'step-mention', direction: -1 });
    const edges = [
      { type: 'reveal-entity', entity: `p/${'a'.repeat(198)}` },
      { type: 'reveal-entity', entity: `p/${'a'.repeat(199)}` },
      { type: 'step-mention', direction: -0 },
      { type: 'step-mention' },
      { type: 'page-state', extra: undefined },
    ];
    for (const value of [
      array,
      fn,
      hidden,
      hiddenType,
      inheritedExtra,
      inheritedType,
      ...edges,
      [],
      '',
      0,
      null,
      undefined,
      'page-state',
    ]) {
      agree(value);
    }
    expect(parseContentMessage(inheritedExtra)).toBeUndefined();
    expect(parseContentMessage(inheritedType)).toEqual({ type: 'step-mention', direction: -1 });
    expect(parseContentMessage(edges[0])).toBeDefined();
    expect(parseContentMessage(edges[1])).toBeUndefined();
    expect(parseContentMessage(hidden)).toEqual({ type: 'page-text' });
  });

  it('on hostile objects: throwing getters and traps, revoked proxies (never throws)', () => {
    const throwing = (key: string) =>
      Object.defineProperty({ type: 'reveal-entity', entity: 'nvidia' }, key, {
        enumerable: true,
        get() {
          throw new Error('boom');
        },
      });
    const { proxy: revoked, revoke } = Proxy.revocable({ type: 'page-state' }, {});
    revoke();
    const trap = (name: keyof ProxyHandler<object>) =>
      new Proxy(
        { type: 'page-state' },
        {
          [name]: () => {
            throw new Error('trap');
          },
        },
      );
    const hostile = [
      throwing('type'),
      throwing('entity'),
      throwing('extra'),
      revoked,
      trap('has'),
      trap('get'),
      trap('ownKeys'),
      trap('getPrototypeOf'),
    ];
    for (const value of hostile) {
      expect(() => parseContentMessage(value)).not.toThrow();
      agree(value);
    }
  });

  it('accepts each valid content message as it is, and only content messages', () => {
    for (const type of OTHER_TYPES) expect(parseContentMessage({ type })).toBeUndefined();
    for (const message of [
      { type: 'page-state' },
      { type: 'page-text' },
      { type: 'reveal-entity', entity: 'us-china-trade-tech/scott-bessent' },
      { type: 'step-mention', direction: 1 },
      { type: 'step-mention', direction: -1 },
      { type: 'settings-changed' },
    ]) {
      expect(parseContentMessage(message)).toEqual(message);
    }
  });
});
