/**
 * The manifest rules both security tests apply — to the generated per-browser manifests
 * (security-source) and to the built ones in dist/ (security-build).
 */
import { expect } from 'vitest';
import { OPTIONAL_HOST_PERMISSIONS } from '../../src/packs/urls';

/** Every permission the extension may ask for; each is justified in docs/security.md. */
export const ALLOWED_PERMISSIONS = ['storage', 'activeTab', 'alarms'];
/** Optional permissions, requested only when the reader turns deadline reminders on. */
export const ALLOWED_OPTIONAL_PERMISSIONS = ['notifications'];

/**
 * The only web-accessible resource: the card module, on the content script's own pages, and in
 * Chromium only under its per-session dynamic URL (docs/security.md, "The card module").
 */
export function expectOnlyCardModuleWebAccessible(manifest: Record<string, unknown>): void {
  const contentMatches = (manifest.content_scripts as { matches: string[] }[]).flatMap((c) => c.matches);
  const chromium = manifest.background !== undefined && 'service_worker' in (manifest.background as object);
  expect(manifest.web_accessible_resources).toEqual([
    {
      resources: ['card.js'],
      matches: contentMatches,
      ...(chromium ? { use_dynamic_url: true } : {}),
    },
  ]);
}

/**
 * No loosened CSP, host permissions or remote updates, no web-accessible resource but the card
 * module. The optional permissions are the hosts a pack subscription may ask for (requested one
 * origin at a time) and the notifications reminders show.
 */
export function expectLockedDownManifest(manifest: Record<string, unknown>): void {
  expectOnlyCardModuleWebAccessible(manifest);
  expect(manifest.externally_connectable).toBeUndefined();
  expect(manifest.content_security_policy).toBeUndefined();
  expect(manifest.host_permissions).toBeUndefined();
  for (const permission of (manifest.optional_permissions as string[] | undefined) ?? []) {
    expect(ALLOWED_OPTIONAL_PERMISSIONS, permission).toContain(permission);
  }
  expect(manifest.optional_host_permissions).toEqual([...OPTIONAL_HOST_PERMISSIONS]);
  expect(manifest.update_url).toBeUndefined();
  for (const permission of (manifest.permissions as string[] | undefined) ?? []) {
    expect(ALLOWED_PERMISSIONS, permission).toContain(permission);
  }
}
