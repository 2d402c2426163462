import { describe, expect, it } from 'vitest';
import { isOwnExtensionError } from './tabs';

describe('isOwnExtensionError', () => {
  const origin = 'chrome-extension://abcdefghijklmnop';
  it('counts [Backstory] messages and errors located in our extension', () => {
    expect(isOwnExtensionError(origin, '[Backstory] paint failed')).toBe(true);
    expect(isOwnExtensionError(origin, `${origin}/content.js: TypeError: x`)).toBe(true);
  });
  it('ignores other extensions that a saved page happens to reference', () => {
    expect(
      isOwnExtensionError(origin, 'chrome-extension://invalid/: Failed to load resource: net::ERR_FAILED'),
    ).toBe(false);
    expect(isOwnExtensionError(origin, `${origin}x/content.js: error`)).toBe(false);
  });
});
