import { describe, expect, it } from 'vitest';
import { sanitizeHtml } from './sanitize';

describe('sanitizeHtml', () => {
  it('removes inline and external scripts but keeps the text around them', async () => {
    const result = await sanitizeHtml(
      '<!doctype html><html><head><script src="x.js"></script></head><body><p>Bessent met He Lifeng.</p><script>document.body.textContent = ""</script></body></html>',
    );
    expect(result.removedScripts).toBe(2);
    expect(result.html).not.toMatch(/<script/i);
    expect(result.html).toContain('<p>Bessent met He Lifeng.</p>');
    expect(result.html.startsWith('<!DOCTYPE html>')).toBe(true);
  });

  it('keeps "<script>" that is only text, such as inside a textarea or a comment', async () => {
    const result = await sanitizeHtml(
      '<body><textarea>&lt;script&gt; stays</textarea><!-- <script>x</script> --><p>text</p></body>',
    );
    expect(result.removedScripts).toBe(0);
    expect(result.html).toContain('<textarea>&lt;script&gt; stays</textarea>');
  });

  it('removes every on* attribute, whatever its case, and nothing else', async () => {
    const result = await sanitizeHtml(
      '<body onload="a()"><img src="a.png" ONERROR="b()" alt="x"><a href="/p" onClick="c()" data-on="kept">l</a></body>',
    );
    expect(result.removedHandlers).toBe(3);
    expect(result.html).not.toMatch(/\son[a-z]+=/i);
    expect(result.html).toContain('data-on="kept"');
    expect(result.html).toContain('alt="x"');
  });

  it('removes noscript and meta refresh, keeps other meta', async () => {
    const result = await sanitizeHtml(
      '<head><meta http-equiv="Refresh" content="0;url=https://example.com"><meta charset="utf-8"></head><body><noscript><img src="t.gif"></noscript><p>a</p></body>',
    );
    expect(result.removedRefreshes).toBe(1);
    expect(result.removedNoscripts).toBe(1);
    expect(result.html).not.toMatch(/refresh/i);
    expect(result.html).not.toMatch(/noscript/i);
    expect(result.html).toContain('charset="utf-8"');
  });

  it('removes frames and plugins, which are other (remote) documents', async () => {
    const result = await sanitizeHtml(
      '<body><p>keep</p><iframe src="https://ads.example/x"></iframe><object data="a.swf"></object><embed src="b.swf"></body>',
    );
    expect(result.removedFrames).toBe(3);
    expect(result.html).not.toMatch(/iframe|object|embed/);
    expect(result.html).toContain('<p>keep</p>');
  });

  it('turns declarative shadow roots into plain templates', async () => {
    const result = await sanitizeHtml('<div><template shadowrootmode="open"><p>x</p></template></div>');
    expect(result.removedShadowRoots).toBe(1);
    expect(result.html).toContain('<template><p>x</p></template>');
  });

  it('leaves a page without doctype without one', async () => {
    const result = await sanitizeHtml('<p>plain</p>');
    expect(result.html.startsWith('<html>')).toBe(true);
  });
});
