/** The bundled knowledge pack, read from the extension package and validated. */
import browser from 'webextension-polyfill';
import type { Pack } from '../../src/knowledge/schema';
import { parsePackText } from '../../src/knowledge/validate';

export async function loadPack(): Promise<Pack> {
  const response = await fetch(browser.runtime.getURL('knowledge.json'));
  if (!response.ok) throw new Error(`the knowledge file could not be read (HTTP ${response.status})`);
  const result = parsePackText(await response.text());
  if (!result.ok) throw new Error(`the knowledge file is damaged (${result.problems.length} problems)`);
  return result.pack;
}
