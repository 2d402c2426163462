/**
 * `npm run pack:sign -- FILE KEY`: writes `FILE.sig`, an Ed25519 signature over the exact bytes
 * of the pack file FILE, made with the private key in KEY (PKCS#8 PEM, from `npm run pack:keygen`
 * or `openssl genpkey -algorithm ed25519`). Publish FILE.sig beside FILE. Refuses to sign a file
 * that is not a valid pack. Exit 0 signed, 1 invalid pack, 2 bad arguments or unreadable file/key.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatProblem, parsePackText } from '../src/knowledge/validate';
import { SIGNATURE_SUFFIX, signatureFileText } from '../src/packs/signature';
import { fingerprint, readPrivateKey, signBytes } from './lib/pack-signing';
import type { ScriptOutput } from './lib/script-output';

/** The whole script for the arguments after `--`; returns its exit status. */
export async function main(args: readonly string[], out: ScriptOutput = console): Promise<number> {
  if (args.length !== 2 || args.some((a) => a.startsWith('-'))) {
    out.error('usage: npm run pack:sign -- FILE KEY   (KEY: an Ed25519 private key, PKCS#8 PEM)');
    return 2;
  }
  const [file, keyPath] = args as [string, string];
  let bytes: Buffer;
  let key: ReturnType<typeof readPrivateKey>;
  try {
    bytes = readFileSync(file);
    key = readPrivateKey(readFileSync(keyPath, 'utf8'));
  } catch (error) {
    out.error(`${(error as NodeJS.ErrnoException).path ?? keyPath}: ${(error as Error).message}`);
    return 2;
  }
  const result = parsePackText(bytes.toString('utf8'));
  if (!result.ok) {
    out.error(`${file} is not a valid pack; not signed:`);
    for (const problem of result.problems) out.error(`  ${formatProblem(problem)}`);
    return 1;
  }
  const signature = signBytes(new Uint8Array(bytes), key);
  writeFileSync(`${file}${SIGNATURE_SUFFIX}`, signatureFileText(signature));
  out.log(
    `wrote ${file}${SIGNATURE_SUFFIX} — pack "${result.pack.id}", key ${await fingerprint(signature.publicKey)}`,
  );
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = await main(process.argv.slice(2));
}
