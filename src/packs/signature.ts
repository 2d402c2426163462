/**
 * Pack signatures: Ed25519 over the exact bytes of the pack file, in a detached signature file
 * served beside the pack (`chips.json` → `chips.json.sig`), written by `npm run pack:sign`.
 *
 * A detached file keeps the pack itself a plain pack (every tool reads it unchanged) and signs the
 * bytes as served, so no JSON canonical form is needed. The signature file names the public key;
 * what makes a key trusted is pinning (update-machine.ts): the first signed copy a reader
 * subscribes to pins its key, and later copies must be signed by the same key.
 *
 * Verification uses the platform's WebCrypto, injected as a `SubtleCrypto` (src/ knows no browser).
 */
import * as v from 'valibot';
import { fromBase64, toHex } from './base64';

export const SIGNATURE_FORMAT = 'backstory-pack-signature';
export const SIGNATURE_VERSION = 1;
export const SIGNATURE_ALGORITHM = 'Ed25519';
/** The signature file's name beside the pack file. */
export const SIGNATURE_SUFFIX = '.sig';
export const PUBLIC_KEY_BYTES = 32;
export const SIGNATURE_BYTES = 64;
/** A signature file is a few hundred bytes; anything much larger is not one. */
export const MAX_SIGNATURE_FILE_BYTES = 4096;

export type PackSignature = {
  /** The signer's raw Ed25519 public key, base64 (32 bytes). */
  publicKey: string;
  /** The signature, base64 (64 bytes). */
  signature: string;
};

function base64Of(length: number, what: string) {
  return v.pipe(
    v.string(`${what} must be a string`),
    v.check((s) => fromBase64(s)?.length === length, `${what} must be ${length} bytes in base64`),
  );
}

const SignatureFileSchema = v.object({
  format: v.literal(SIGNATURE_FORMAT, `format must be "${SIGNATURE_FORMAT}"`),
  version: v.literal(SIGNATURE_VERSION, `version must be ${SIGNATURE_VERSION}`),
  algorithm: v.literal(SIGNATURE_ALGORITHM, `algorithm must be "${SIGNATURE_ALGORITHM}"`),
  publicKey: base64Of(PUBLIC_KEY_BYTES, 'publicKey'),
  signature: base64Of(SIGNATURE_BYTES, 'signature'),
});

export type SignatureParse = { ok: true; signature: PackSignature } | { ok: false; problem: string };

/** Reads a signature file's text; never throws. */
export function parseSignatureText(text: string): SignatureParse {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'the signature file is not JSON' };
  }
  const parsed = v.safeParse(SignatureFileSchema, value);
  if (!parsed.success)
    return { ok: false, problem: `the signature file is malformed: ${parsed.issues[0].message}` };
  return { ok: true, signature: { publicKey: parsed.output.publicKey, signature: parsed.output.signature } };
}

/** The text of a signature file for `signature` (what `npm run pack:sign` writes). */
export function signatureFileText(signature: PackSignature): string {
  const file = {
    format: SIGNATURE_FORMAT,
    version: SIGNATURE_VERSION,
    algorithm: SIGNATURE_ALGORITHM,
    publicKey: signature.publicKey,
    signature: signature.signature,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** The platform cannot check Ed25519 signatures (a browser older than WebCrypto's Ed25519). */
export class SignatureUnsupportedError extends Error {
  constructor(cause: unknown) {
    super(`this browser cannot check Ed25519 signatures (${(cause as Error)?.message ?? String(cause)})`);
    this.name = 'SignatureUnsupportedError';
  }
}

async function importPublicKey(subtle: SubtleCrypto, raw: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  try {
    return await subtle.importKey('raw', raw, { name: SIGNATURE_ALGORITHM }, false, ['verify']);
  } catch (error) {
    if ((error as Error)?.name === 'NotSupportedError') throw new SignatureUnsupportedError(error);
    throw error;
  }
}

/**
 * Whether `signature` is a valid Ed25519 signature by its `publicKey` over `bytes`. A malformed
 * key or signature is simply not valid. Rejects with SignatureUnsupportedError where the platform
 * lacks Ed25519.
 */
export async function verifySignature(
  subtle: SubtleCrypto,
  bytes: Uint8Array<ArrayBuffer>,
  signature: PackSignature,
): Promise<boolean> {
  const key = fromBase64(signature.publicKey);
  const sig = fromBase64(signature.signature);
  if (key?.length !== PUBLIC_KEY_BYTES || sig?.length !== SIGNATURE_BYTES) return false;
  let imported: CryptoKey;
  try {
    imported = await importPublicKey(subtle, key);
  } catch (error) {
    if (error instanceof SignatureUnsupportedError) throw error;
    return false; // not a valid curve point
  }
  return subtle.verify({ name: SIGNATURE_ALGORITHM }, imported, sig, bytes);
}

/** A short, readable fingerprint of a public key: the first 16 bytes of its SHA-256, in hex groups. */
export async function keyFingerprint(subtle: SubtleCrypto, publicKey: string): Promise<string> {
  const raw = fromBase64(publicKey) ?? new Uint8Array();
  const digest = new Uint8Array(await subtle.digest('SHA-256', raw));
  return (toHex(digest.slice(0, 16)).match(/.{4}/g) ?? []).join(' ');
}
