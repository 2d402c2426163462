/**
 * Site hostnames as the settings store them: lower-case ASCII (punycode), no trailing dot,
 * no port. "example.com" covers itself and every subdomain ("news.example.com").
 */

/** Longest DNS name (RFC 1035), without the trailing dot. */
const MAX_HOSTNAME_LENGTH = 253;
/** Longest DNS label. */
const MAX_LABEL_LENGTH = 63;
/** Longest text we try to read a hostname from (a pasted URL may be long; junk beyond this is refused). */
const MAX_INPUT_LENGTH = 2048;
const LABEL_PATTERN = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;
const WEB_SCHEMES = ['http:', 'https:'];

export type HostnameResult = { ok: true; hostname: string } | { ok: false; reason: string };

function refuse(reason: string): HostnameResult {
  return { ok: false, reason };
}

/** The part of the input before any path, query or fragment, with an optional `*.` wildcard dropped. */
function hostPart(input: string): string {
  const withoutWildcard = input.startsWith('*.') ? input.slice(2) : input;
  return withoutWildcard.split(/[/?#]/, 1)[0] ?? '';
}

/**
 * Reads a site hostname from what a person typed or pasted: a bare hostname ("Example.COM."),
 * a URL ("https://news.example.com/a?b"), an optional leading "*.". Refuses junk with a reason
 * a reader can act on. Never throws.
 */
export function normalizeHostname(input: unknown): HostnameResult {
  if (typeof input !== 'string') return refuse('a site must be given as text');
  const trimmed = input.trim();
  if (trimmed === '') return refuse('enter a site such as example.com');
  if (trimmed.length > MAX_INPUT_LENGTH) return refuse('that text is too long to be a site address');

  let host: string;
  const schemeMatch = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed);
  if (schemeMatch && trimmed.includes('://')) {
    let url: URL;
    try {
      url = new URL(trimmed);
    } catch {
      return refuse('that address could not be read as a URL');
    }
    if (!WEB_SCHEMES.includes(url.protocol)) {
      return refuse(`${url.protocol}// pages are not web sites; only http and https sites can be listed`);
    }
    host = url.hostname;
  } else {
    const part = hostPart(trimmed);
    if (/\s/.test(part)) return refuse('a site address cannot contain spaces');
    if (part.includes('@')) return refuse('a site address cannot contain "@"');
    let url: URL;
    try {
      url = new URL(`http://${part}`);
    } catch {
      return refuse(`"${part}" is not a valid site address`);
    }
    host = url.hostname;
  }

  host = host.toLowerCase().replace(/\.+$/, '');
  if (host === '') return refuse('enter a site such as example.com');
  if (host.startsWith('[')) return { ok: true, hostname: host }; // IPv6 literal, already validated by URL
  if (host.length > MAX_HOSTNAME_LENGTH)
    return refuse(`a site name can be at most ${MAX_HOSTNAME_LENGTH} characters`);
  // An IPv4 address (the URL parser has completed "1.2.3" to "1.2.0.3") passes as four digit labels.
  const labels = host.split('.');
  if (labels.length < 2 && host !== 'localhost') return refuse(`"${host}" needs a dot, like example.com`);
  for (const label of labels) {
    if (label.length > MAX_LABEL_LENGTH) {
      return refuse(`each part of a site name can be at most ${MAX_LABEL_LENGTH} characters`);
    }
    if (!LABEL_PATTERN.test(label)) {
      return refuse(`"${host}" is not a valid site name (letters, digits and hyphens between dots)`);
    }
  }
  return { ok: true, hostname: host };
}

/** True when `exception` names `hostname` itself or one of its parent domains. */
export function hostnameCovers(exception: string, hostname: string): boolean {
  return hostname === exception || hostname.endsWith(`.${exception}`);
}

/** Lower-cases and drops a trailing dot, for comparing a page's `location.hostname`. */
export function canonicalPageHostname(hostname: string): string {
  return hostname.toLowerCase().replace(/\.+$/, '');
}
