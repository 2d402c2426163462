/**
 * `once(build)`: a function that starts `build` on its first call and gives every caller, however
 * many ask at the same time, that one promise. A build that fails is not kept: the next call starts
 * it again. The background uses it for the recognizer a woken worker restores on first use.
 */
export function once<T>(build: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => {
    pending ??= build().catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
    return pending;
  };
}
