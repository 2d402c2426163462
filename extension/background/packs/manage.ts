/**
 * The reader's changes to the pack list: add from a file, subscribe by URL, switch, move, remove.
 * Each validates first and changes nothing on any problem; each ends by telling every context the
 * knowledge changed (changes.ts).
 */
import type { PackProblem } from '../../../src/knowledge/problems';
import type { Pack } from '../../../src/knowledge/schema';
import { parsePackText } from '../../../src/knowledge/validate';
import {
  BUNDLED_PACKS,
  inReaderOrder,
  movePack,
  type PackRecord,
  type PackSource,
  recordForCopy,
  replaceRefusal,
} from '../../../src/packs/catalog';
import { parseSignatureText, verifySignature } from '../../../src/packs/signature';
import { readPackagedPack, storePackaged } from './bundled';
import { knowledgeChanged } from './changes';
import { sha256Hex, utf8 } from './digest';
import { deletePack, putRecords, readRecords, storeCopy } from './pack-store';

/** A refused change: why, and (for an invalid pack) every problem. */
export class PackChangeError extends Error {
  constructor(
    message: string,
    readonly problems: PackProblem[] = [],
  ) {
    super(message);
  }
}

async function ordered(): Promise<PackRecord[]> {
  return inReaderOrder((await readRecords()).records);
}

/**
 * Stores a validated copy from a file or a subscription as the record of its pack id: a new pack
 * goes to the bottom, switched on; a bundled pack of the same id is stood in for; any other pack of
 * the same id is refused.
 */
export async function storeReaderCopy(
  pack: Pack,
  bytes: Uint8Array<ArrayBuffer>,
  source: PackSource,
  signedBy: string | undefined,
): Promise<void> {
  const all = await ordered();
  const existing = all.find((r) => r.id === pack.id);
  const refusal = replaceRefusal(existing, source);
  if (refusal !== undefined) throw new PackChangeError(refusal);
  const digest = await sha256Hex(bytes);
  const copy = { pack, digest, source, now: new Date(), enabledIfNew: true };
  const record = recordForCopy(existing, all, signedBy === undefined ? copy : { ...copy, signedBy });
  await storeCopy(record, pack);
  await knowledgeChanged();
}

/** Adds (or replaces) a pack from a file's text, with its signature file's text when given. */
export async function addPackFile(fileName: string, text: string, signatureText?: string): Promise<void> {
  const result = parsePackText(text);
  if (!result.ok)
    throw new PackChangeError(`${fileName} is not a valid pack; nothing changed.`, result.problems);
  const bytes = utf8(text);
  let signedBy: string | undefined;
  if (signatureText !== undefined) {
    const parsed = parseSignatureText(signatureText);
    if (!parsed.ok) throw new PackChangeError(`${parsed.problem}; nothing changed.`);
    if (!(await verifySignature(crypto.subtle, bytes, parsed.signature))) {
      throw new PackChangeError('the signature does not match this file; nothing changed.');
    }
    signedBy = parsed.signature.publicKey;
  }
  await storeReaderCopy(result.pack, bytes, { kind: 'file', fileName }, signedBy);
}

export async function setPackEnabled(id: string, enabled: boolean): Promise<void> {
  const record = (await ordered()).find((r) => r.id === id);
  if (record === undefined) throw new PackChangeError(`there is no pack "${id}" in your list`);
  if (record.enabled === enabled) return;
  await putRecords([{ ...record, enabled }]);
  await knowledgeChanged();
}

export async function movePackTo(id: string, toIndex: number): Promise<void> {
  const before = await ordered();
  const after = movePack(before, id, toIndex);
  if (after.every((r, i) => before[i]?.id === r.id && before[i]?.position === r.position)) return;
  await putRecords(after);
  await knowledgeChanged();
}

/** Removes a reader's pack; a copy standing in for a bundled pack gives way to the bundled one. */
export async function removePack(id: string): Promise<void> {
  const all = await ordered();
  const record = all.find((r) => r.id === id);
  if (record === undefined) return;
  if (record.source.kind === 'bundled')
    throw new PackChangeError('a bundled pack cannot be removed; switch it off');
  const bundled = BUNDLED_PACKS.find((b) => b.file === record.replacesBundled);
  if (bundled) {
    const packaged = await readPackagedPack(bundled);
    await storePackaged(packaged, { ...record, source: { kind: 'bundled', file: bundled.file } }, all);
  } else {
    await deletePack(id);
  }
  await knowledgeChanged();
}
