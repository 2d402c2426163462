/**
 * extractTextFromHtml: parse an HTML string with happy-dom (scripts never run, nothing loaded)
 * and extract the text of its <body>. Node only — the content bundle must never import this.
 */
import { Window } from 'happy-dom';
import { extractText, type TextMap } from './extract';

export function extractTextFromHtml(html: string): TextMap {
  const window = new Window({
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true },
    },
  });
  const parser = new window.DOMParser();
  const document = parser.parseFromString(html, 'text/html');
  const root = (document.body ?? document.documentElement) as unknown as Node;
  return extractText(root);
}
