/**
 * Makes a saved page inert before the sweep serves it: the page must not run code of its own, so
 * any DOM change or outside request seen during the sweep can only come from the extension.
 *
 * Method: the HTML is parsed with happy-dom (a spec-following HTML parser; JavaScript, CSS and
 * frame loading disabled) rather than edited with regular expressions, because a regex cannot
 * tell a `<script>` tag from the same text inside a comment, an attribute or a `<textarea>`.
 * Removed from the tree, then the tree is serialized again:
 * - every `<script>` element (inline and external);
 * - every `<noscript>` element — the live page parses its content as raw text (scripting is on,
 *   only blocked by CSP) while `DOMParser` parses it as markup, so keeping it would make the
 *   sweep's "page as parsed" comparison differ for reasons that have nothing to do with us;
 * - every inline event-handler attribute (`on*`);
 * - `<meta http-equiv="refresh">`, which would navigate the tab away mid-measurement;
 * - frames and plugins (`<iframe>`, `<frame>`, `<object>`, `<embed>`): each is another, remote
 *   document (ads, players) the extension never reads (it runs in the top frame only), and
 *   Firefox's request interception sees a frame's navigation before the page's CSP refuses it,
 *   which would blame the page's own frame on the extension;
 * - the `shadowrootmode` attribute of `<template>` (declarative shadow DOM, e.g. another
 *   extension's UI saved with the page): the page's parser would attach a shadow root but
 *   `DOMParser`, which the sweep's DOM check compares against, does not; as a plain template the
 *   content stays inert in both.
 * The server adds `Content-Security-Policy: script-src 'none'` on top (see server.ts), so anything
 * missed here (a `javascript:` URL, say) still cannot run.
 */
import { Window } from 'happy-dom';

export interface SanitizeResult {
  html: string;
  removedScripts: number;
  removedNoscripts: number;
  removedHandlers: number;
  removedRefreshes: number;
  removedShadowRoots: number;
  removedFrames: number;
}

const EVENT_HANDLER_ATTRIBUTE = /^on/i;
const FRAME_SELECTOR = 'iframe, frame, object, embed';
const DECLARATIVE_SHADOW_ATTRIBUTES = ['shadowrootmode', 'shadowroot'];

/**
 * happy-dom would fetch `<link rel="preload">` targets while parsing; every fetch is answered
 * locally with an empty 404 so parsing never touches the network. The base URL only has to parse.
 */
function inertWindow(): Window {
  return new Window({
    url: 'http://127.0.0.1/',
    settings: {
      fetch: {
        interceptor: {
          beforeAsyncRequest: async ({ window }) => new window.Response('', { status: 404 }),
        },
      },
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
      },
    },
  });
}

function removeAll(root: ParentNode, selector: string): number {
  const found = [...root.querySelectorAll(selector)];
  for (const element of found) element.remove();
  return found.length;
}

function isRefresh(meta: Element): boolean {
  return (meta.getAttribute('http-equiv') ?? '').trim().toLowerCase() === 'refresh';
}

/** The page without scripts, `<noscript>`, inline handlers or meta refresh; counts of what went. */
export async function sanitizeHtml(source: string): Promise<SanitizeResult> {
  const window = inertWindow();
  try {
    const document = new window.DOMParser().parseFromString(source, 'text/html') as unknown as Document;
    const removedScripts = removeAll(document, 'script');
    const removedNoscripts = removeAll(document, 'noscript');
    const removedFrames = removeAll(document, FRAME_SELECTOR);
    let removedRefreshes = 0;
    for (const meta of [...document.querySelectorAll('meta')]) {
      if (isRefresh(meta)) {
        meta.remove();
        removedRefreshes += 1;
      }
    }
    let removedShadowRoots = 0;
    for (const template of [...document.querySelectorAll('template')]) {
      for (const name of DECLARATIVE_SHADOW_ATTRIBUTES) {
        if (template.hasAttribute(name)) {
          template.removeAttribute(name);
          removedShadowRoots += 1;
        }
      }
    }
    let removedHandlers = 0;
    for (const element of [...document.querySelectorAll('*')]) {
      for (const name of element.getAttributeNames()) {
        if (EVENT_HANDLER_ATTRIBUTE.test(name)) {
          element.removeAttribute(name);
          removedHandlers += 1;
        }
      }
    }
    const doctype = document.doctype ? `<!DOCTYPE ${document.doctype.name || 'html'}>\n` : '';
    const html = doctype + document.documentElement.outerHTML;
    return {
      html,
      removedScripts,
      removedNoscripts,
      removedHandlers,
      removedRefreshes,
      removedShadowRoots,
      removedFrames,
    };
  } finally {
    await window.happyDOM.close();
  }
}
