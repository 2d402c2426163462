/**
 * Test-hooks builds only (installed inside `if (__TEST_HOOKS__)`, dropped from production):
 * lets a browser test step through mentions by posting `{ bridge: 'backstory-card-test',
 * step: 1 | -1 }` to the page window — Firefox's WebDriver BiDi cannot press extension command
 * shortcuts or reach the background to send `step-mention`.
 */
export const CARD_TEST_BRIDGE = 'backstory-card-test';

export function installCardTestBridge(step: (direction: 1 | -1) => void): () => void {
  const onMessage = (event: MessageEvent) => {
    if (event.source !== window) return;
    const data: unknown = event.data;
    if (typeof data !== 'object' || data === null) return;
    const { bridge, step: direction } = data as { bridge?: unknown; step?: unknown };
    if (bridge !== CARD_TEST_BRIDGE || (direction !== 1 && direction !== -1)) return;
    step(direction);
  };
  window.addEventListener('message', onMessage);
  return () => window.removeEventListener('message', onMessage);
}
