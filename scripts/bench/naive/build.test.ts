import { describe, expect, it } from 'vitest';
import { loadPackFile } from '../../lib/load-pack-file';
import { naiveManifest, naiveScript, packAliases } from './build';

describe('naive highlighter build', () => {
  it('writes every alias of the pack into the script, once each', () => {
    const aliases = packAliases(loadPackFile());
    expect(aliases).toContain('Scott Bessent');
    expect(aliases).toContain('TikTok law');
    expect(new Set(aliases).size).toBe(aliases.length);
    const script = naiveScript(['Nvidia', 'He Lifeng']);
    expect(script).toContain('const aliases = ["Nvidia","He Lifeng"];');
    expect(script).not.toContain('__NAIVE_ALIASES__');
  });

  it('has a content script and no background, permissions or web-accessible resources', () => {
    for (const browser of ['chrome', 'firefox'] as const) {
      const manifest = naiveManifest(browser);
      expect(manifest).not.toHaveProperty('background');
      expect(manifest).not.toHaveProperty('permissions');
      expect(manifest).not.toHaveProperty('web_accessible_resources');
      expect(manifest.content_scripts).toEqual([
        expect.objectContaining({ js: ['content.js'], run_at: 'document_idle' }),
      ]);
    }
    expect(naiveManifest('firefox')).toHaveProperty('browser_specific_settings.gecko.id');
  });
});
