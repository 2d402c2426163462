/**
 * Test helpers for the update runner: a fake `fetch` answering from a table of URL → response,
 * and signed pack files made with the platform's WebCrypto. Used by tests only.
 */
import { toBase64 } from '../../src/packs/base64';
import type { FetchLike, ResponseLike } from '../../src/packs/run-update';
import { type PackSignature, signatureFileText } from '../../src/packs/signature';

export type FakeAnswer =
  | { status: number; body?: string | Uint8Array; headers?: Record<string, string> }
  | 'network-error'
  | 'hang';

export type FakeServer = {
  fetch: FetchLike;
  answers: Map<string, FakeAnswer>;
  /** Every request: URL and the headers sent. */
  requests: { url: string; headers: Record<string, string> }[];
};

function toStream(bytes: Uint8Array, chunk = 1024): ReadableStream<Uint8Array> {
  let at = 0;
  return new ReadableStream({
    pull(controller) {
      if (at >= bytes.length) controller.close();
      else {
        controller.enqueue(bytes.slice(at, at + chunk));
        at += chunk;
      }
    },
  });
}

export function fakeServer(answers: Record<string, FakeAnswer> = {}): FakeServer {
  const table = new Map(Object.entries(answers));
  const requests: FakeServer['requests'] = [];
  const fetch: FetchLike = (url, init) => {
    requests.push({ url, headers: { ...(init.headers as Record<string, string>) } });
    const answer = table.get(url) ?? { status: 404 };
    if (answer === 'network-error') return Promise.reject(new TypeError('Failed to fetch'));
    if (answer === 'hang') {
      return new Promise((_resolve, reject) => {
        init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      });
    }
    const bytes =
      typeof answer.body === 'string'
        ? new TextEncoder().encode(answer.body)
        : (answer.body ?? new Uint8Array());
    const headers = new Map(Object.entries(answer.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
    const response: ResponseLike = {
      status: answer.status,
      headers: { get: (name) => headers.get(name.toLowerCase()) ?? null },
      body: toStream(bytes),
    };
    return Promise.resolve(response);
  };
  return { fetch, answers: table, requests };
}

export async function newSigningKeys(): Promise<CryptoKeyPair> {
  return (await crypto.subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify'])) as CryptoKeyPair;
}

export async function signText(
  keys: CryptoKeyPair,
  text: string,
): Promise<{ signature: PackSignature; file: string }> {
  const bytes = new TextEncoder().encode(text);
  const sig = new Uint8Array(await crypto.subtle.sign({ name: 'Ed25519' }, keys.privateKey, bytes));
  const key = new Uint8Array(await crypto.subtle.exportKey('raw', keys.publicKey));
  const signature = { publicKey: toBase64(key), signature: toBase64(sig) };
  return { signature, file: signatureFileText(signature) };
}
