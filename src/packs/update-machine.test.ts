import { describe, expect, it } from 'vitest';
import { signatureUrl, startUpdate, transition, type UpdateState } from './update-machine';

const target = { url: 'https://news.example/p/chips.json?v=3', validators: {} };
const empty = new Uint8Array();

describe('update machine', () => {
  it('asks for the pack unconditionally when no copy is stored', () => {
    expect(startUpdate(target)).toEqual({ phase: 'requesting-pack', url: target.url, headers: {} });
  });

  it('puts the signature file beside the pack, query kept', () => {
    expect(signatureUrl(target.url)).toBe('https://news.example/p/chips.json.sig?v=3');
  });

  it('goes from the pack to its signature file on 200', () => {
    const next = transition(target, startUpdate(target), {
      type: 'answered',
      answer: { status: 200, validators: { etag: '"a"' }, body: empty },
    });
    expect(next).toEqual({
      phase: 'requesting-signature',
      url: 'https://news.example/p/chips.json.sig?v=3',
      received: { bytes: empty, validators: { etag: '"a"' } },
    });
  });

  it('finishes as failed on an event that does not fit the phase, and stays finished', () => {
    const wrong = transition(target, startUpdate(target), { type: 'signature-checked', valid: true });
    expect(wrong.phase === 'finished' && wrong.outcome.kind).toBe('failed');
    const finished: UpdateState = { phase: 'finished', outcome: { kind: 'not-modified', validators: {} } };
    expect(transition(target, finished, { type: 'request-failed', kind: 'network', message: 'x' })).toBe(
      finished,
    );
  });
});
