/**
 * Which addresses a reader may subscribe to, and the host permission that covers one.
 *
 * https only — except plain http on this computer's loopback address, so a newsroom can try a pack
 * served from its own machine before publishing it (browsers treat loopback as a secure context
 * for the same reason). The permission is the host's match pattern (no port: match patterns have
 * none, and the browser's permission is per host).
 */

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Host permissions the manifest lists as optional: what a subscription may ever ask for. */
export const OPTIONAL_HOST_PERMISSIONS = ['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*'] as const;

function parse(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/** The URL's origin when a subscription may use it, else undefined. */
export function subscriptionOrigin(url: string): string | undefined {
  const parsed = parse(url);
  if (parsed === undefined) return undefined;
  if (parsed.username !== '' || parsed.password !== '') return undefined;
  if (parsed.protocol === 'https:' && parsed.hostname !== '') return parsed.origin;
  if (parsed.protocol === 'http:' && LOOPBACK_HOSTS.has(parsed.hostname)) return parsed.origin;
  return undefined;
}

/** The host permission (match pattern) a subscription to `url` needs, or undefined when it may not. */
export function hostPermissionFor(url: string): string | undefined {
  if (subscriptionOrigin(url) === undefined) return undefined;
  const { protocol, hostname } = new URL(url);
  return `${protocol}//${hostname}/*`;
}
