/**
 * `npm run package`: production build, then one zip per browser in `artifacts/`:
 * `backstory-chrome-<version>.zip` and `backstory-firefox-<version>.zip` (manifest at the zip root,
 * as the stores expect). Uses `web-ext build` for the zips; prints each zip's path and size.
 */
import { execFile } from 'node:child_process';
import { mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { buildExtension, distDir } from './build';
import { BROWSERS } from './build/manifest';

const ROOT = resolve(import.meta.dirname, '..');
const ARTIFACTS = join(ROOT, 'artifacts');
const WEB_EXT = join(ROOT, 'node_modules', '.bin', 'web-ext');

const run = promisify(execFile);

export function artifactName(browser: string, version: string): string {
  return `backstory-${browser}-${version}.zip`;
}

async function main(): Promise<void> {
  const { version } = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { version: string };
  await buildExtension(false);
  await mkdir(ARTIFACTS, { recursive: true });
  for (const browser of BROWSERS) {
    const target = join(ARTIFACTS, artifactName(browser, version));
    const scratch = join(ARTIFACTS, `.${browser}`);
    await rm(target, { force: true });
    await rm(scratch, { recursive: true, force: true });
    await run(WEB_EXT, [
      'build',
      '--source-dir',
      distDir(browser, false),
      '--artifacts-dir',
      scratch,
      '--overwrite-dest',
    ]);
    const [zip] = (await readdir(scratch)).filter((f) => f.endsWith('.zip'));
    if (!zip) throw new Error(`web-ext build wrote no zip for ${browser}`);
    await rename(join(scratch, zip), target);
    await rm(scratch, { recursive: true, force: true });
    const { size } = await stat(target);
    console.log(`${relative(ROOT, target)}  ${(size / 1024).toFixed(1)} KB`);
  }
}

await main();
