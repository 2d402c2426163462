/** Message size limits shared by `protocol.ts` and the content script (no valibot here). */

/** Upper bound on text sent for recognition in one message (UTF-16 code units). */
export const MAX_RECOGNIZE_CHARS = 4_000_000;
