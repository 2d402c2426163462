/**
 * One update of a subscribed pack, as a typed state machine: pure transitions from what the
 * network answered to what happens next, so every path (and the rule that a failed, invalid or
 * tampered copy never replaces the stored one) is testable without a network.
 *
 *   requesting-pack ──304──────────────────────────────────────────────▶ finished: not-modified
 *        │ 200 (body within the size cap)
 *        ▼
 *   requesting-signature ──404/410 (unsigned)──▶ validate ──────────────▶ finished: updated
 *        │ 200                                       ▲                    (or failed: invalid,
 *        ▼                                           │                     other-pack, unsigned)
 *   checking-signature ──valid, by the pinned key (or none pinned yet)──┘
 *        └──invalid / another key──────────────────────────────────────▶ finished: failed
 *
 * Any network failure, timeout, size-cap breach or unexpected status finishes as `failed`. The
 * runner (run-update.ts) performs each phase's request or check and feeds the result back here.
 */

import type { PackProblem } from '../knowledge/problems';
import type { Pack } from '../knowledge/schema';
import { parsePackText } from '../knowledge/validate';
import { type PackSignature, parseSignatureText, SIGNATURE_SUFFIX } from './signature';

/** HTTP validators of the stored copy, sent back as If-None-Match / If-Modified-Since. */
export type HttpValidators = { etag?: string; lastModified?: string };

/** What an update needs to know about the subscription (the stored part of it). */
export type SubscriptionTarget = {
  url: string;
  validators: HttpValidators;
  /** The publisher key (base64) copies must be signed with, once pinned. */
  pinnedKey?: string;
  /** The pack id the subscription holds, once it holds one: a copy of another pack is refused. */
  packId?: string;
};

export const FAILURE_KINDS = [
  'network',
  'timeout',
  'http',
  'too-large',
  'not-utf8',
  'invalid',
  'other-pack',
  'unsigned',
  'bad-signature',
  'key-changed',
  'signature-unsupported',
  'storage',
  'permission',
] as const;
export type FailureKind = (typeof FAILURE_KINDS)[number];
export type UpdateFailure = { kind: FailureKind; message: string; problems?: PackProblem[] };

export type ReceivedPack = { bytes: Uint8Array<ArrayBuffer>; validators: HttpValidators };

export type UpdateOutcome =
  | { kind: 'not-modified'; validators: HttpValidators }
  | {
      kind: 'updated';
      pack: Pack;
      text: string;
      bytes: Uint8Array<ArrayBuffer>;
      validators: HttpValidators;
      /** The verified signer's public key, when the copy was signed. */
      signedBy?: string;
    }
  | { kind: 'failed'; failure: UpdateFailure };

export type UpdateState =
  | { phase: 'requesting-pack'; url: string; headers: Record<string, string> }
  | { phase: 'requesting-signature'; url: string; received: ReceivedPack }
  | { phase: 'checking-signature'; received: ReceivedPack; signature: PackSignature }
  | { phase: 'finished'; outcome: UpdateOutcome };

/** A response as the runner read it: status, validators, and the body (within the size cap). */
export type HttpAnswer = { status: number; validators: HttpValidators; body: Uint8Array<ArrayBuffer> };

export type UpdateEvent =
  | { type: 'answered'; answer: HttpAnswer }
  | { type: 'request-failed'; kind: 'network' | 'timeout' | 'too-large'; message: string }
  | { type: 'signature-checked'; valid: boolean }
  | { type: 'signature-unsupported'; message: string };

/** How many problems of an invalid copy are kept to show. */
const MAX_PROBLEMS_SHOWN = 20;

export function failed(kind: FailureKind, message: string, problems?: PackProblem[]): UpdateState {
  const failure: UpdateFailure = problems ? { kind, message, problems } : { kind, message };
  return { phase: 'finished', outcome: { kind: 'failed', failure } };
}

/** The signature file's URL: the pack's path plus `.sig`, same origin, query kept. */
export function signatureUrl(packUrl: string): string {
  const url = new URL(packUrl);
  url.pathname += SIGNATURE_SUFFIX;
  return url.href;
}

/** The first state: a conditional request for the pack when a copy is stored. */
export function startUpdate(target: SubscriptionTarget): UpdateState {
  const headers: Record<string, string> = {};
  if (target.validators.etag) headers['If-None-Match'] = target.validators.etag;
  if (target.validators.lastModified) headers['If-Modified-Since'] = target.validators.lastModified;
  return { phase: 'requesting-pack', url: target.url, headers };
}

/** The bytes as UTF-8 text; undefined when they are not UTF-8. */
function utf8Text(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Checks the copy's text and identity; the end of every path that got a body. */
function validate(
  target: SubscriptionTarget,
  received: ReceivedPack,
  signedBy: string | undefined,
): UpdateState {
  const text = utf8Text(received.bytes);
  if (text === undefined) return failed('not-utf8', 'the file is not UTF-8 text');
  const result = parsePackText(text);
  if (!result.ok) {
    const count = result.problems.length;
    return failed(
      'invalid',
      `the file is not a valid pack (${count} problem${count === 1 ? '' : 's'})`,
      result.problems.slice(0, MAX_PROBLEMS_SHOWN),
    );
  }
  if (target.packId !== undefined && result.pack.id !== target.packId) {
    return failed(
      'other-pack',
      `the file now holds another pack ("${result.pack.id}", not "${target.packId}")`,
    );
  }
  const outcome: UpdateOutcome = {
    kind: 'updated',
    pack: result.pack,
    text,
    bytes: received.bytes,
    validators: received.validators,
  };
  return { phase: 'finished', outcome: signedBy === undefined ? outcome : { ...outcome, signedBy } };
}

function onPackAnswer(target: SubscriptionTarget, answer: HttpAnswer): UpdateState {
  const conditional = target.validators.etag !== undefined || target.validators.lastModified !== undefined;
  if (answer.status === 304 && conditional) {
    return {
      phase: 'finished',
      outcome: { kind: 'not-modified', validators: { ...target.validators, ...answer.validators } },
    };
  }
  if (answer.status !== 200) return failed('http', `the server answered HTTP ${answer.status}`);
  return {
    phase: 'requesting-signature',
    url: signatureUrl(target.url),
    received: { bytes: answer.body, validators: answer.validators },
  };
}

function onSignatureAnswer(
  target: SubscriptionTarget,
  received: ReceivedPack,
  answer: HttpAnswer,
): UpdateState {
  if (answer.status === 404 || answer.status === 410) {
    if (target.pinnedKey !== undefined) {
      return failed('unsigned', 'this copy is not signed, but the pack is signed by its publisher: refused');
    }
    return validate(target, received, undefined);
  }
  if (answer.status !== 200)
    return failed('http', `the signature file: the server answered HTTP ${answer.status}`);
  const text = utf8Text(answer.body);
  if (text === undefined) return failed('bad-signature', 'the signature file is not UTF-8 text');
  const parsed = parseSignatureText(text);
  if (!parsed.ok) return failed('bad-signature', parsed.problem);
  return { phase: 'checking-signature', received, signature: parsed.signature };
}

function onSignatureChecked(
  target: SubscriptionTarget,
  state: Extract<UpdateState, { phase: 'checking-signature' }>,
  valid: boolean,
): UpdateState {
  if (!valid)
    return failed(
      'bad-signature',
      'the signature does not match this copy: it was altered after signing, or the signature belongs to another copy',
    );
  const key = state.signature.publicKey;
  if (target.pinnedKey !== undefined && key !== target.pinnedKey) {
    return failed(
      'key-changed',
      'this copy is signed by another key than the publisher key pinned when you subscribed: refused',
    );
  }
  return validate(target, state.received, key);
}

/** The next state after `event` in `state`; events that do not fit the state finish it as failed. */
export function transition(target: SubscriptionTarget, state: UpdateState, event: UpdateEvent): UpdateState {
  if (state.phase === 'finished') return state;
  if (event.type === 'request-failed') return failed(event.kind, event.message);
  if (event.type === 'signature-unsupported') return failed('signature-unsupported', event.message);
  switch (state.phase) {
    case 'requesting-pack':
      return event.type === 'answered'
        ? onPackAnswer(target, event.answer)
        : failed('network', 'unexpected step');
    case 'requesting-signature':
      return event.type === 'answered'
        ? onSignatureAnswer(target, state.received, event.answer)
        : failed('network', 'unexpected step');
    case 'checking-signature':
      return event.type === 'signature-checked'
        ? onSignatureChecked(target, state, event.valid)
        : failed('network', 'unexpected step');
  }
}
