/** SHA-256 of a pack file's bytes, in hex: a stored copy's identity (unchanged copy → no recompile). */
import { toHex } from '../../../src/packs/base64';

export async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  return toHex(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes)));
}

export function utf8(text: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(text) as Uint8Array<ArrayBuffer>;
}
