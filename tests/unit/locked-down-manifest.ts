/**
 * The manifest rules both security tests apply — to the generated per-browser manifests
 * (security-source) and to the built ones in dist/ (security-build).
 */
import { expect } from 'vitest';

/** Every permission the extension may ask for; each is justified in docs/security.md. */
export const ALLOWED_PERMISSIONS = ['storage', 'activeTab'];

/** No web-accessible resources, loosened CSP, host/optional permissions or remote updates. */
export function expectLockedDownManifest(manifest: Record<string, unknown>): void {
  expect(manifest.web_accessible_resources).toBeUndefined();
  expect(manifest.externally_connectable).toBeUndefined();
  expect(manifest.content_security_policy).toBeUndefined();
  expect(manifest.host_permissions).toBeUndefined();
  expect(manifest.optional_permissions).toBeUndefined();
  expect(manifest.optional_host_permissions).toBeUndefined();
  expect(manifest.update_url).toBeUndefined();
  for (const permission of (manifest.permissions as string[] | undefined) ?? []) {
    expect(ALLOWED_PERMISSIONS, permission).toContain(permission);
  }
}
