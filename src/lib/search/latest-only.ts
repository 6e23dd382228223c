/**
 * Runs a task that cannot be stopped once started (a Pagefind search) so that
 * calls made while it runs are merged into one more run after it ends.
 * Typing fast therefore never queues a run per keystroke behind a slow one:
 * at most the one running and the latest wait. The task is told whether a
 * newer run is waiting, so that it can skip showing what is already stale.
 */
export function latestOnly(task: (superseded: () => boolean) => Promise<void>): () => void {
  let running = false;
  let again = false;
  const trigger = (): void => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    again = false;
    void task(() => again).finally(() => {
      running = false;
      if (again) trigger();
    });
  };
  return trigger;
}
