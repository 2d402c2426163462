/**
 * extractTextFromHtml: parse an HTML string with happy-dom and extract its text as the content
 * script would. Node only — the content bundle must never import this.
 *
 * The markup is parsed into a <template>'s content: an inert fragment, never connected to a
 * document, so no script runs and nothing is fetched (no stylesheets, preloads, images or
 * frames). The parser drops <html>/<head>/<body> there and keeps their children; head-only
 * content (<title>, <style>, <script>, <meta>, <link>) contributes no text (see SKIPPED_TAGS).
 */
import { Window } from 'happy-dom';
import { extractText, type TextMap } from '../../src/text/extract';

export function extractTextFromHtml(html: string): TextMap {
  const window = new Window({
    settings: {
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true },
    },
  });
  const template = window.document.createElement('template');
  template.innerHTML = html;
  return extractText(template.content as unknown as Node);
}
