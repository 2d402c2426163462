/**
 * Copies plain text from a click in the card: the asynchronous Clipboard API where the page is a
 * secure context, else a selected, off-screen textarea in the card's shadow root and
 * `execCommand('copy')` (plain http pages have no `navigator.clipboard`).
 */
import { existingCardHost } from './host';

export async function copyToClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const root = existingCardHost()?.root;
    if (!root) return false;
    const area = document.createElement('textarea');
    area.value = text;
    area.className = 'clip';
    root.append(area);
    area.select();
    const done = document.execCommand('copy');
    area.remove();
    return done;
  }
}
