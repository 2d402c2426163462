/**
 * Node only: signing knowledge packs (`npm run pack:sign`, `npm run pack:keygen`) and checking a
 * pack's signature file (`npm run pack:check`). The signature format and the browser-side check
 * live in src/packs/signature.ts; this file holds what needs Node's key files.
 */
import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject, sign } from 'node:crypto';
import { toBase64 } from '../../src/packs/base64';
import { keyFingerprint, type PackSignature, signatureFileText } from '../../src/packs/signature';

/** Reads a PKCS#8 PEM Ed25519 private key; throws a plain-English error for anything else. */
export function readPrivateKey(pem: string): KeyObject {
  let key: KeyObject;
  try {
    key = createPrivateKey(pem);
  } catch (error) {
    throw new Error(`not a private key in PEM form (${(error as Error).message})`);
  }
  if (key.asymmetricKeyType !== 'ed25519') {
    throw new Error(`the key is ${key.asymmetricKeyType ?? 'not asymmetric'}, not Ed25519`);
  }
  return key;
}

/** The raw 32-byte public key of a private key, base64. */
export function publicKeyOf(privateKey: KeyObject): string {
  const jwk = createPublicKey(privateKey).export({ format: 'jwk' });
  return toBase64(new Uint8Array(Buffer.from(jwk.x as string, 'base64url')));
}

/** Signs the exact bytes of a pack file. */
export function signBytes(bytes: Uint8Array, privateKey: KeyObject): PackSignature {
  return {
    publicKey: publicKeyOf(privateKey),
    signature: toBase64(new Uint8Array(sign(null, bytes, privateKey))),
  };
}

export function signatureFileFor(bytes: Uint8Array, privateKey: KeyObject): string {
  return signatureFileText(signBytes(bytes, privateKey));
}

/** A new Ed25519 key pair: the private key as PKCS#8 PEM, the public key as raw base64. */
export function newKeyPair(): { privatePem: string; publicKey: string } {
  const { privateKey } = generateKeyPairSync('ed25519');
  return {
    privatePem: privateKey.export({ format: 'pem', type: 'pkcs8' }) as string,
    publicKey: publicKeyOf(privateKey),
  };
}

export function fingerprint(publicKey: string): Promise<string> {
  return keyFingerprint(globalThis.crypto.subtle, publicKey);
}
