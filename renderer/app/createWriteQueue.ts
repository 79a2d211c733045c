/** Runs writes one after another, each starting once the one before it has been answered. */
export type WriteQueue = <T>(write: () => Promise<T>) => Promise<T>;

/**
 * Quick key presses send their writes faster than the core answers. Over the browser host each
 * request may travel on its own connection, so two of them can reach the core in either order,
 * and the older value would be stored last. One queue per edited thing keeps them in order; the
 * screen does not wait, as each edit is shown before it is written.
 */
export function createWriteQueue(): WriteQueue {
  let last: Promise<unknown> = Promise.resolve();
  return (write) => {
    const run = last.then(write, write);
    last = run.catch(() => undefined);
    return run;
  };
}
