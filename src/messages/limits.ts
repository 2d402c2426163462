/** Message size limits shared by `protocol.ts` and the content script (no valibot here). */

/** Upper bound on text sent for recognition in one message (UTF-16 code units). */
export const MAX_RECOGNIZE_CHARS = 4_000_000;

/**
 * Longest piece of page text in one message: a message is serialized in one task of the page's
 * main thread, so a long page's text goes as several `recognize-part` messages and a `recognize`.
 */
export const RECOGNIZE_PART_CHARS = 65_536;

/** Most pieces one text can come in (MAX_RECOGNIZE_CHARS in RECOGNIZE_PART_CHARS pieces). */
export const MAX_RECOGNIZE_PARTS = Math.ceil(MAX_RECOGNIZE_CHARS / RECOGNIZE_PART_CHARS);
