import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromBase64, toBase64 } from './base64';
import {
  keyFingerprint,
  type PackSignature,
  parseSignatureText,
  SignatureUnsupportedError,
  signatureFileText,
  verifySignature,
} from './signature';

const { subtle } = globalThis.crypto;
const encoder = new TextEncoder();

async function newKeys(): Promise<CryptoKeyPair> {
  return (await subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify'])) as CryptoKeyPair;
}

async function sign(keys: CryptoKeyPair, bytes: Uint8Array<ArrayBuffer>): Promise<PackSignature> {
  const signature = new Uint8Array(await subtle.sign({ name: 'Ed25519' }, keys.privateKey, bytes));
  const publicKey = new Uint8Array(await subtle.exportKey('raw', keys.publicKey));
  return { publicKey: toBase64(publicKey), signature: toBase64(signature) };
}

const PACK = encoder.encode('{"schemaVersion":1,"id":"chips"}\n');

describe('verifySignature', () => {
  it('accepts the signer’s signature over the exact bytes', async () => {
    const keys = await newKeys();
    expect(await verifySignature(subtle, PACK, await sign(keys, PACK))).toBe(true);
  });

  it('refuses a signature by another key presented as the signer’s', async () => {
    const signer = await newKeys();
    const other = await newKeys();
    const good = await sign(signer, PACK);
    const forged = { ...good, publicKey: (await sign(other, PACK)).publicKey };
    expect(await verifySignature(subtle, PACK, forged)).toBe(false);
  });

  it('refuses malformed keys and signatures instead of throwing', async () => {
    const good = await sign(await newKeys(), PACK);
    expect(await verifySignature(subtle, PACK, { ...good, signature: 'AAAA' })).toBe(false);
    expect(
      await verifySignature(subtle, PACK, { ...good, publicKey: toBase64(new Uint8Array(32).fill(255)) }),
    ).toBe(false);
  });

  it('any change of one byte of the pack or the signature makes it invalid (property)', async () => {
    const keys = await newKeys();
    const signature = await sign(keys, PACK);
    const sigBytes = fromBase64(signature.signature) as Uint8Array<ArrayBuffer>;
    await fc.assert(
      fc.asyncProperty(fc.boolean(), fc.nat(), fc.integer({ min: 1, max: 255 }), async (inPack, at, flip) => {
        if (inPack) {
          const changed = PACK.slice();
          const i = at % changed.length;
          changed[i] = (changed[i] as number) ^ flip;
          expect(await verifySignature(subtle, changed, signature)).toBe(false);
        } else {
          const changed = sigBytes.slice();
          const i = at % changed.length;
          changed[i] = (changed[i] as number) ^ flip;
          expect(await verifySignature(subtle, PACK, { ...signature, signature: toBase64(changed) })).toBe(
            false,
          );
        }
      }),
      { numRuns: 60 },
    );
  });

  it('says so when the platform has no Ed25519', async () => {
    const good = await sign(await newKeys(), PACK);
    const noEd25519 = {
      importKey: () =>
        Promise.reject(Object.assign(new Error('Unrecognized name'), { name: 'NotSupportedError' })),
    } as unknown as SubtleCrypto;
    await expect(verifySignature(noEd25519, PACK, good)).rejects.toBeInstanceOf(SignatureUnsupportedError);
  });
});

describe('signature files', () => {
  it('round-trips through the file text', async () => {
    const signature = await sign(await newKeys(), PACK);
    expect(parseSignatureText(signatureFileText(signature))).toEqual({ ok: true, signature });
  });

  it('explains what is wrong with a file that is not a signature', async () => {
    const signature = await sign(await newKeys(), PACK);
    const text = signatureFileText(signature);
    expect(parseSignatureText('not json')).toEqual({ ok: false, problem: 'the signature file is not JSON' });
    expect(parseSignatureText(text.replace('Ed25519', 'RSA'))).toEqual({
      ok: false,
      problem: 'the signature file is malformed: algorithm must be "Ed25519"',
    });
    expect(parseSignatureText(text.replace(signature.signature, 'AAAA'))).toEqual({
      ok: false,
      problem: 'the signature file is malformed: signature must be 64 bytes in base64',
    });
  });

  it('fingerprints a key as 8 groups of 4 hex digits', async () => {
    const { publicKey } = await sign(await newKeys(), PACK);
    expect(await keyFingerprint(subtle, publicKey)).toMatch(/^[0-9a-f]{4}( [0-9a-f]{4}){7}$/);
    expect(await keyFingerprint(subtle, toBase64(new Uint8Array(32)))).toBe(
      '66687aadf862bd776c8fc18b8e9f8e20'.match(/.{4}/g)?.join(' '),
    );
  });
});
