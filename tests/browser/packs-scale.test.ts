/**
 * A 10,000-entity pack end to end in Chromium: the synthetic pack (scripts/lib/synthetic-pack.ts)
 * added from a file through the options page, as a reader adds one; a page naming some of its
 * entities, spread over the pack, shows them highlighted beside a bundled-pack name; and one of
 * their cards opens with its facts. What it costs is measured by `npm run bench -- --only packs`.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticPack } from '../../scripts/lib/synthetic-pack';
import { type ChromiumSession, removeTempDir, type StaticServer, serveStatic } from './harness';
import { addPackFromFile, highlightsWhen, openOptions, packItem, revealCard } from './packs-helpers';
import { sharedChromium } from './shared-browsers';

const ENTITIES = 10_000;
const PACK_ID = 'synthetic-10000';
/** Names of synthetic entities 1, 2000, 4001, 6000, 8001 and 9998 (persons and organizations). */
const NAMES = ['Kobababa', 'Kiwa Ralankoba', 'Kostotuba', 'Kiba Raquisaba', 'Koxaviba', 'Sazo Hileneba'];
/** A deadline for a hang on a loaded machine (reading and storing 5 MB), not a speed check. */
const IMPORT_WAIT_MS = 150_000;

const ARTICLE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Scale test</title></head>
<body><main><h1>Annual meeting</h1>
<p>Kobababa and Kostotuba signed the agreement on Tuesday.</p>
<p>Kiwa Ralankoba, who chairs Koxaviba, spoke after Kiba Raquisaba.</p>
<p>Sazo Hileneba declined to comment. Scott Bessent did not attend.</p>
</main></body></html>`;

let server: StaticServer;
let session: ChromiumSession;
let tmpDir: string;
let options: Page;

beforeAll(async () => {
  tmpDir = mkdtempSync(join(tmpdir(), 'backstory-packs-scale-'));
  writeFileSync(join(tmpDir, 'synthetic.json'), JSON.stringify(syntheticPack(ENTITIES)));
  server = await serveStatic({ '/scale-article.html': ARTICLE });
  session = await sharedChromium();
  options = await openOptions(session);
});

afterAll(async () => {
  await session?.close();
  await server?.close();
  removeTempDir(tmpDir);
});

describe('a 10,000-entity pack in Chromium', () => {
  it('is added from a file; its names on a page are highlighted and a card opens', async () => {
    await addPackFromFile(options, join(tmpDir, 'synthetic.json'), PACK_ID, IMPORT_WAIT_MS);
    expect(await options.textContent(packItem(PACK_ID))).toContain('10,000 entities, 30,000 facts');

    const article = await session.newPage();
    await article.goto(server.url('/scale-article.html'));
    const texts = await highlightsWhen(
      article,
      'the large pack’s names',
      (t) => [...NAMES, 'Scott Bessent'].every((n) => t.includes(n)),
      IMPORT_WAIT_MS,
    );
    expect(texts).not.toContain('Annual meeting');

    const card = await revealCard(
      session,
      article,
      `${PACK_ID}/synthetic-009998`,
      'Synthetic fact 3 about Sazo Hileneba.',
    );
    expect(card).toContain('Synthetic person 9998.');
    expect(session.errors).toEqual([]);
    expect(session.externalRequests).toEqual([]);
  });
});
