/**
 * Runs one update of a subscribed pack (update-machine.ts) with an injected `fetch` and
 * `SubtleCrypto`: every request has a timeout and a size cap, sends no cookies, follows no
 * redirect (the reader granted one origin), and bypasses the HTTP cache (the validators the
 * machine sends are the stored copy's own).
 */
import { MAX_SIGNATURE_FILE_BYTES, SignatureUnsupportedError, verifySignature } from './signature';
import {
  type HttpValidators,
  type SubscriptionTarget,
  startUpdate,
  transition,
  type UpdateEvent,
  type UpdateOutcome,
  type UpdateState,
} from './update-machine';

/** The largest pack file accepted (a 10,000-entity pack is about 5 MB). */
export const MAX_PACK_BYTES = 32 * 1024 * 1024;
/** Each request (headers and body) must finish within this. */
export const UPDATE_TIMEOUT_MS = 30_000;

/** The part of a fetch `Response` the runner reads. */
export type ResponseLike = {
  status: number;
  headers: { get(name: string): string | null };
  body: ReadableStream<Uint8Array> | null;
};
export type FetchLike = (url: string, init: RequestInit) => Promise<ResponseLike>;

export type UpdateDeps = {
  fetch: FetchLike;
  subtle: SubtleCrypto;
  timeoutMs?: number;
  maxPackBytes?: number;
};

class TooLarge extends Error {}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(bytes < 1024 * 1024 ? 2 : 0)} MB`;
}

/** The body, refused past `maxBytes` (by Content-Length up front, or while streaming). */
async function readCapped(response: ResponseLike, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (declared > maxBytes) throw new TooLarge();
  if (!response.body) return new Uint8Array();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new TooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}

function validatorsOf(response: ResponseLike): HttpValidators {
  const etag = response.headers.get('etag') ?? undefined;
  const lastModified = response.headers.get('last-modified') ?? undefined;
  return { ...(etag ? { etag } : {}), ...(lastModified ? { lastModified } : {}) };
}

async function fetchEvent(
  deps: UpdateDeps,
  url: string,
  headers: Record<string, string>,
  maxBytes: number,
): Promise<UpdateEvent> {
  const timeoutMs = deps.timeoutMs ?? UPDATE_TIMEOUT_MS;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    const response = await deps.fetch(url, {
      headers,
      signal: controller.signal,
      cache: 'no-store',
      credentials: 'omit',
      redirect: 'error',
    });
    const body = response.status === 200 ? await readCapped(response, maxBytes) : new Uint8Array();
    return {
      type: 'answered',
      answer: { status: response.status, validators: validatorsOf(response), body },
    };
  } catch (error) {
    if (error instanceof TooLarge) {
      return {
        type: 'request-failed',
        kind: 'too-large',
        message: `the file is larger than ${megabytes(maxBytes)}`,
      };
    }
    if (timedOut) {
      return {
        type: 'request-failed',
        kind: 'timeout',
        message: `no complete answer within ${timeoutMs / 1000} s`,
      };
    }
    const detail = error instanceof Error ? error.message : String(error);
    return {
      type: 'request-failed',
      kind: 'network',
      message: `could not reach ${new URL(url).host} (${detail})`,
    };
  } finally {
    clearTimeout(timer);
  }
}

async function perform(
  state: Exclude<UpdateState, { phase: 'finished' }>,
  deps: UpdateDeps,
): Promise<UpdateEvent> {
  switch (state.phase) {
    case 'requesting-pack':
      return fetchEvent(deps, state.url, state.headers, deps.maxPackBytes ?? MAX_PACK_BYTES);
    case 'requesting-signature':
      return fetchEvent(deps, state.url, {}, MAX_SIGNATURE_FILE_BYTES);
    case 'checking-signature':
      try {
        return {
          type: 'signature-checked',
          valid: await verifySignature(deps.subtle, state.received.bytes, state.signature),
        };
      } catch (error) {
        if (error instanceof SignatureUnsupportedError)
          return { type: 'signature-unsupported', message: error.message };
        return { type: 'signature-checked', valid: false };
      }
  }
}

/** Runs the machine to its end. Never rejects: every failure is an outcome. */
export async function runUpdate(target: SubscriptionTarget, deps: UpdateDeps): Promise<UpdateOutcome> {
  let state = startUpdate(target);
  while (state.phase !== 'finished') state = transition(target, state, await perform(state, deps));
  return state.outcome;
}
