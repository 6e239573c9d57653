/**
 * Runs at most `n` tasks at a time. Vitest's concurrency is global (5); pages in Chromium are
 * CPU-bound, so a browser test file holds itself to about the number of cores.
 */
export function limit(n: number): <T>(task: () => Promise<T>) => Promise<T> {
  let active = 0;
  const waiting: Array<() => void> = [];
  return async (task) => {
    if (active >= n) await new Promise<void>((resolve) => waiting.push(resolve));
    active++;
    try {
      return await task();
    } finally {
      active--;
      waiting.shift()?.();
    }
  };
}
