/** Sizes of built files, raw and gzip, for the build log and the bundle budget. */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export type FileSize = { file: string; bytes: number; gzipBytes: number };

/** Every file's size under `dir`, paths relative to it with `/`, sorted by path. */
export async function sizesOf(dir: string): Promise<FileSize[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const sizes: FileSize[] = [];
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const data = await readFile(path);
    sizes.push({
      file: relative(dir, path).split('\\').join('/'),
      bytes: data.length,
      gzipBytes: gzipSync(data, { level: 9 }).length,
    });
  }
  return sizes.sort((a, b) => a.file.localeCompare(b.file));
}

function kilobytes(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** A plain-text table: file, raw size, gzip size. */
export function formatSizeTable(sizes: readonly FileSize[]): string {
  const width = Math.max(4, ...sizes.map((s) => s.file.length));
  const lines = sizes.map(
    (s) =>
      `${s.file.padEnd(width)}  ${kilobytes(s.bytes).padStart(9)}  ${kilobytes(s.gzipBytes).padStart(9)} gz`,
  );
  return [`${'file'.padEnd(width)}  ${'raw'.padStart(9)}  ${'gzip'.padStart(12)}`, ...lines].join('\n');
}
