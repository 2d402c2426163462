/** Reading the background's replies without valibot (the content script uses this too). */

/** The reply's `{ error }` (a handler in the background failed) as an Error, else undefined. */
export function replyError(reply: unknown): Error | undefined {
  const error = (reply as { error?: unknown } | null | undefined)?.error;
  return typeof error === 'string' ? new Error(error) : undefined;
}
