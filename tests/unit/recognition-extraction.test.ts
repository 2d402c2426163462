/**
 * Extraction + recognition + locate together, as the content script uses them: every mention
 * found in extracted text maps back to a DOM Range whose text is the mention's text.
 */
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { compileRecognizer } from '../../src/recognition/index';
import { extractText, locate } from '../../src/text/extract';
import { loadFixturePack } from '../support/test-pack';

const recognizer = compileRecognizer(loadFixturePack());

function rangesFor(bodyHtml: string): { entity: string; text: string; rangeText: string }[] {
  const window = new Window();
  const document = window.document as unknown as Document;
  document.body.innerHTML = bodyHtml;
  const map = extractText(document.body);
  return recognizer.recognize(map.text).map((m) => {
    const from = locate(map, m.start, 'start');
    const to = locate(map, m.end, 'end');
    if (from === undefined || to === undefined) throw new Error(`cannot locate ${m.text}`);
    const range = document.createRange();
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
    return { entity: m.entity, text: m.text, rangeText: range.toString() };
  });
}

describe('extraction → recognition → DOM ranges', () => {
  it('finds names split across inline elements and maps them back', () => {
    const found = rangesFor(
      '<p>Treasury Secretary <b>Scott</b> Bessent met <a href="#">Nvi<span>dia</span></a> staff.</p>' +
        '<p>Later <em>Bessent</em> flew to Madrid.</p>',
    );
    expect(found.map((f) => [f.entity, f.text])).toEqual([
      ['scott-bessent', 'Scott Bessent'],
      ['nvidia', 'Nvidia'],
      ['scott-bessent', 'Bessent'],
      ['madrid', 'Madrid'],
    ]);
    for (const f of found) expect(f.rangeText).toBe(f.text);
  });

  it('does not join names across blocks, and skips hidden and code text', () => {
    const found = rangesFor(
      '<p>Scott</p><p>Bessent</p><code>TikTok</code><div hidden>ByteDance</div><p aria-hidden="true">Oracle</p>',
    );
    expect(found.map((f) => f.text)).toEqual([]);
  });

  it('joins a name broken by source indentation inside one text node', () => {
    const found = rangesFor('<p>said President\n        Trump on Monday</p>');
    expect(found.map((f) => [f.entity, f.rangeText])).toEqual([['donald-trump', 'President\n        Trump']]);
  });
});
