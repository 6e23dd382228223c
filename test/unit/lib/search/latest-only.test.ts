import { describe, expect, it } from 'vitest';
import { latestOnly } from '../../../../src/lib/search/latest-only';

/** A task whose runs finish only when the test says so, recording what each run was told. */
function controlledTask() {
  const runs: { finish: () => void; superseded: () => boolean }[] = [];
  const task = (superseded: () => boolean) =>
    new Promise<void>((finish) => {
      runs.push({ finish, superseded });
    });
  return { runs, task };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('latestOnly', () => {
  it('runs at once when idle', () => {
    const { runs, task } = controlledTask();
    latestOnly(task)();
    expect(runs).toHaveLength(1);
    expect(runs[0].superseded()).toBe(false);
  });

  it('merges every call made during a run into one more run after it', async () => {
    const { runs, task } = controlledTask();
    const trigger = latestOnly(task);
    trigger();
    trigger();
    trigger();
    trigger();
    expect(runs).toHaveLength(1);
    expect(runs[0].superseded()).toBe(true);
    runs[0].finish();
    await settle();
    expect(runs).toHaveLength(2);
    expect(runs[1].superseded()).toBe(false);
    runs[1].finish();
    await settle();
    expect(runs).toHaveLength(2);
  });

  it('runs again when called after the previous run ended', async () => {
    const { runs, task } = controlledTask();
    const trigger = latestOnly(task);
    trigger();
    runs[0].finish();
    await settle();
    trigger();
    expect(runs).toHaveLength(2);
  });
});
