/**
 * `npm run pack:keygen -- KEYFILE`: makes a new Ed25519 signing key for packs. Writes the private
 * key to KEYFILE (PKCS#8 PEM, readable by you only; never overwrites a file) and prints the public
 * key and its fingerprint, which readers see when they subscribe. Keep KEYFILE secret and backed
 * up: a pack's subscribers refuse copies signed by any other key.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fingerprint, newKeyPair } from './lib/pack-signing';
import type { ScriptOutput } from './lib/script-output';

/** The whole script for the arguments after `--`; returns its exit status. */
export async function main(args: readonly string[], out: ScriptOutput = console): Promise<number> {
  if (args.length !== 1 || args[0]?.startsWith('-')) {
    out.error('usage: npm run pack:keygen -- KEYFILE');
    return 2;
  }
  const file = args[0] as string;
  const { privatePem, publicKey } = newKeyPair();
  try {
    writeFileSync(file, privatePem, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    out.error(`${file}: ${(error as Error).message}`);
    return 2;
  }
  out.log(`wrote ${file} (private key — keep it secret)`);
  out.log(`public key:  ${publicKey}`);
  out.log(`fingerprint: ${await fingerprint(publicKey)}`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = await main(process.argv.slice(2));
}
