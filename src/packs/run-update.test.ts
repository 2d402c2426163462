import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fakeServer, newSigningKeys, signText } from '../../tests/support/fake-pack-server';
import { runUpdate } from './run-update';
import { afterUpdate, nextCheckAt, type SubscriptionState } from './subscription';
import type { SubscriptionTarget, UpdateOutcome } from './update-machine';

const URL_ = 'https://news.example/packs/chips.json';
const SIG_URL = `${URL_}.sig`;
const PACK = readFileSync(new URL('../../tests/fixtures/packs/valid-minimal.json', import.meta.url), 'utf8');
const PACK_V2 = PACK.replace('"asOf": "2026-11-25"', '"asOf": "2026-11-26"');
const OTHER_PACK = PACK.replace('"id": "fixture-pack"', '"id": "another-pack"');
const INVALID = PACK.replace('"schemaVersion": 1', '"schemaVersion": 2');
const { subtle } = crypto;

function target(extra: Partial<SubscriptionTarget> = {}): SubscriptionTarget {
  return { url: URL_, validators: {}, ...extra };
}

function kindOf(outcome: UpdateOutcome): string {
  return outcome.kind === 'failed' ? `failed:${outcome.failure.kind}` : outcome.kind;
}

describe('runUpdate — first subscription', () => {
  it('takes an unsigned valid pack and its validators', async () => {
    const server = fakeServer({
      [URL_]: {
        status: 200,
        body: PACK,
        headers: { ETag: '"v1"', 'Last-Modified': 'Tue, 24 Nov 2026 10:00:00 GMT' },
      },
    });
    const outcome = await runUpdate(target(), { fetch: server.fetch, subtle });
    expect(kindOf(outcome)).toBe('updated');
    if (outcome.kind !== 'updated') return;
    expect(outcome.pack.id).toBe('fixture-pack');
    expect(outcome.signedBy).toBeUndefined();
    expect(outcome.validators).toEqual({ etag: '"v1"', lastModified: 'Tue, 24 Nov 2026 10:00:00 GMT' });
    expect(server.requests.map((r) => r.url)).toEqual([URL_, SIG_URL]);
  });

  it('takes a signed pack and reports its signer', async () => {
    const keys = await newSigningKeys();
    const { signature, file } = await signText(keys, PACK);
    const server = fakeServer({
      [URL_]: { status: 200, body: PACK },
      [SIG_URL]: { status: 200, body: file },
    });
    const outcome = await runUpdate(target(), { fetch: server.fetch, subtle });
    expect(outcome.kind === 'updated' && outcome.signedBy).toBe(signature.publicKey);
  });

  it('refuses a pack whose bytes differ from what was signed (tampered)', async () => {
    const { file } = await signText(await newSigningKeys(), PACK);
    const server = fakeServer({
      [URL_]: { status: 200, body: PACK_V2 },
      [SIG_URL]: { status: 200, body: file },
    });
    expect(kindOf(await runUpdate(target(), { fetch: server.fetch, subtle }))).toBe('failed:bad-signature');
  });

  it('lists the problems of an invalid pack', async () => {
    const server = fakeServer({ [URL_]: { status: 200, body: INVALID } });
    const outcome = await runUpdate(target(), { fetch: server.fetch, subtle });
    expect(outcome.kind === 'failed' && outcome.failure).toEqual({
      kind: 'invalid',
      message: 'the file is not a valid pack (1 problem)',
      problems: [{ path: 'schemaVersion', message: 'must be 1' }],
    });
  });
});

describe('runUpdate — updates of a stored copy', () => {
  it('sends the stored validators and takes 304 as not modified (no signature request)', async () => {
    const server = fakeServer({ [URL_]: { status: 304 } });
    const outcome = await runUpdate(
      target({ validators: { etag: '"v1"', lastModified: 'Tue, 24 Nov 2026 10:00:00 GMT' } }),
      {
        fetch: server.fetch,
        subtle,
      },
    );
    expect(kindOf(outcome)).toBe('not-modified');
    expect(server.requests).toEqual([
      {
        url: URL_,
        headers: { 'If-None-Match': '"v1"', 'If-Modified-Since': 'Tue, 24 Nov 2026 10:00:00 GMT' },
      },
    ]);
  });

  it('refuses an unsigned copy once a key is pinned, and a copy signed by another key', async () => {
    const publisher = await newSigningKeys();
    const pinned = (await signText(publisher, PACK)).signature.publicKey;
    const unsigned = fakeServer({ [URL_]: { status: 200, body: PACK_V2 } });
    expect(kindOf(await runUpdate(target({ pinnedKey: pinned }), { fetch: unsigned.fetch, subtle }))).toBe(
      'failed:unsigned',
    );
    const intruder = await signText(await newSigningKeys(), PACK_V2);
    const other = fakeServer({
      [URL_]: { status: 200, body: PACK_V2 },
      [SIG_URL]: { status: 200, body: intruder.file },
    });
    expect(kindOf(await runUpdate(target({ pinnedKey: pinned }), { fetch: other.fetch, subtle }))).toBe(
      'failed:key-changed',
    );
    const good = await signText(publisher, PACK_V2);
    const ok = fakeServer({
      [URL_]: { status: 200, body: PACK_V2 },
      [SIG_URL]: { status: 200, body: good.file },
    });
    expect(kindOf(await runUpdate(target({ pinnedKey: pinned }), { fetch: ok.fetch, subtle }))).toBe(
      'updated',
    );
  });

  it('refuses a copy of another pack at the same URL', async () => {
    const server = fakeServer({ [URL_]: { status: 200, body: OTHER_PACK } });
    expect(kindOf(await runUpdate(target({ packId: 'fixture-pack' }), { fetch: server.fetch, subtle }))).toBe(
      'failed:other-pack',
    );
  });

  it('fails cleanly when the server is down, errs, hangs or sends too much', async () => {
    const run = (answer: Parameters<typeof fakeServer>[0], extra = {}) =>
      runUpdate(target(), { fetch: fakeServer(answer).fetch, subtle, ...extra }).then(kindOf);
    expect(await run({ [URL_]: 'network-error' })).toBe('failed:network');
    expect(await run({ [URL_]: { status: 500 } })).toBe('failed:http');
    expect(await run({ [URL_]: { status: 304 } })).toBe('failed:http'); // 304 to an unconditional request
    expect(await run({ [URL_]: 'hang' }, { timeoutMs: 20 })).toBe('failed:timeout');
    expect(await run({ [URL_]: { status: 200, body: PACK } }, { maxPackBytes: 100 })).toBe(
      'failed:too-large',
    );
    expect(
      await run({ [URL_]: { status: 200, body: PACK, headers: { 'Content-Length': '99999999999' } } }),
    ).toBe('failed:too-large');
    expect(await run({ [URL_]: { status: 200, body: PACK }, [SIG_URL]: 'network-error' })).toBe(
      'failed:network',
    );
    expect(await run({ [URL_]: { status: 200, body: new Uint8Array([0xff, 0xfe, 0x00]) } })).toBe(
      'failed:not-utf8',
    );
  });
});

describe('runUpdate — properties', () => {
  it('a copy is taken only when valid, of the same pack, and signed by the pinned key when one is pinned', async () => {
    const publisher = await newSigningKeys();
    const intruder = await newSigningKeys();
    const pinnedKey = (await signText(publisher, PACK)).signature.publicKey;
    const bodies = [PACK, PACK_V2, OTHER_PACK, INVALID];
    const sigs = await Promise.all(
      bodies.flatMap((body) =>
        [publisher, intruder].map(async (keys) => ({ body, ...(await signText(keys, body)) })),
      ),
    );
    const answerArb = fc.oneof(
      fc.constantFrom<'network-error'>('network-error'),
      fc.record({ status: fc.constantFrom(200, 200, 200, 304, 404, 500), body: fc.constantFrom(...bodies) }),
    );
    const sigArb = fc.oneof(
      fc.record({ status: fc.constantFrom(404, 500), body: fc.constant('') }),
      fc.record({ status: fc.constant(200), body: fc.constantFrom(...sigs.map((s) => s.file), 'garbage') }),
    );
    await fc.assert(
      fc.asyncProperty(answerArb, sigArb, fc.boolean(), fc.boolean(), async (answer, sig, pinned, known) => {
        const t = target({
          validators: { etag: '"x"' },
          ...(pinned ? { pinnedKey } : {}),
          ...(known ? { packId: 'fixture-pack' } : {}),
        });
        const outcome = await runUpdate(t, {
          fetch: fakeServer({ [URL_]: answer, [SIG_URL]: sig }).fetch,
          subtle,
        });
        if (outcome.kind !== 'updated') return;
        const body = typeof answer === 'string' ? '' : answer.body;
        // Valid, and of the subscribed pack once one is known.
        expect(body === PACK || body === PACK_V2 || (!known && body === OTHER_PACK)).toBe(true);
        const served = sigs.find((s) => s.file === sig.body);
        if (outcome.signedBy !== undefined) {
          // The signature served was made over exactly this body, by the key reported.
          expect(served?.body).toBe(body);
          expect(served?.signature.publicKey).toBe(outcome.signedBy);
        } else {
          expect(sig.status).not.toBe(200);
        }
        if (pinned) expect(outcome.signedBy).toBe(pinnedKey);
      }),
      { numRuns: 150 },
    );
  });
});

describe('afterUpdate and the schedule', () => {
  const base: SubscriptionState = { url: URL_, validators: { etag: '"v1"' }, failures: 0 };
  const now = new Date('2026-11-29T12:00:00Z');

  it('keeps validators, pack and key after a failure, counting failures and backing off', () => {
    const failure: UpdateOutcome = { kind: 'failed', failure: { kind: 'network', message: 'down' } };
    const once = afterUpdate({ ...base, pinnedKey: 'K', packId: 'p' }, failure, now);
    expect(once).toMatchObject({ validators: { etag: '"v1"' }, pinnedKey: 'K', packId: 'p', failures: 1 });
    expect(once.lastError).toEqual({ at: now.toISOString(), kind: 'network', message: 'down' });
    expect(nextCheckAt(once) - now.getTime()).toBe(60 * 60 * 1000);
    const thrice = afterUpdate(afterUpdate(once, failure, now), failure, now);
    expect(nextCheckAt(thrice) - now.getTime()).toBe(4 * 60 * 60 * 1000);
    const many = Array.from({ length: 12 }).reduce<SubscriptionState>(
      (s) => afterUpdate(s, failure, now),
      base,
    );
    expect(nextCheckAt(many) - now.getTime()).toBe(24 * 60 * 60 * 1000);
  });

  it('clears the error and pins the first signer after an update', () => {
    const failed = {
      ...base,
      failures: 3,
      lastError: { at: 'x', kind: 'network' as const, message: 'down' },
    };
    const outcome = {
      kind: 'updated',
      validators: { etag: '"v2"' },
      signedBy: 'K2',
      pack: { id: 'p' },
    } as UpdateOutcome;
    const next = afterUpdate(failed, outcome, now);
    expect(next).toEqual({
      url: URL_,
      validators: { etag: '"v2"' },
      packId: 'p',
      pinnedKey: 'K2',
      lastCheckedAt: now.toISOString(),
      lastUpdatedAt: now.toISOString(),
      failures: 0,
    });
    expect(afterUpdate({ ...next, pinnedKey: 'K1' }, outcome, now).pinnedKey).toBe('K1');
    expect(nextCheckAt(next) - now.getTime()).toBe(24 * 60 * 60 * 1000);
    expect(nextCheckAt(base)).toBe(0);
  });
});
