/**
 * Starts loading a module once the current turn of the event loop is over, so after what that
 * turn drew is on screen, and gives the promise of it. An interview loads what it needs only
 * once an answer is in (the scorer, the feedback) this way, while the candidate reads the first
 * question. A failure reaches whoever awaits the promise, and only them: a load that nobody
 * waits for (the run ended first) is no unhandled rejection.
 */
export function loadSoon<T>(load: () => Promise<T>): Promise<T> {
  const loading = new Promise<void>((resolve) => setImmediate(resolve)).then(load);
  loading.catch(() => {});
  return loading;
}
