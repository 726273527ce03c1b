import { deferPrefetch } from '@site/src/clientModules/idlePrefetch';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';

type IdleCallback = (deadline: { timeRemaining(): number }) => void;

describe('deferPrefetch', () => {
  let idleCallbacks: IdleCallback[];

  beforeEach(() => {
    idleCallbacks = [];
    vi.stubGlobal('requestIdleCallback', (callback: IdleCallback) => idleCallbacks.push(callback));
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  function runIdle(timeRemaining: number): void {
    const callback = idleCallbacks.shift();
    callback?.({ timeRemaining: () => timeRemaining });
  }

  test('prefetches nothing while the page is busy, then each route once when idle', () => {
    const original = { prefetch: vi.fn(() => false as const), preload: vi.fn(() => false as const) };
    const deferred = deferPrefetch(original);
    deferred.prefetch('/docs/a');
    deferred.prefetch('/docs/b');
    deferred.prefetch('/docs/a');
    expect(original.prefetch).not.toHaveBeenCalled();

    runIdle(50);
    expect(original.prefetch.mock.calls).toEqual([['/docs/a'], ['/docs/b']]);
    expect(idleCallbacks).toHaveLength(0);
  });

  test('a short idle period takes one route and leaves the rest for the next', () => {
    const original = { prefetch: vi.fn(() => false as const), preload: vi.fn(() => false as const) };
    const deferred = deferPrefetch(original);
    deferred.prefetch('/docs/a');
    deferred.prefetch('/docs/b');

    runIdle(1);
    expect(original.prefetch.mock.calls).toEqual([['/docs/a']]);
    runIdle(1);
    expect(original.prefetch.mock.calls).toEqual([['/docs/a'], ['/docs/b']]);
  });

  test('a long idle period is used for a short slice only', () => {
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    // Each prefetch costs 3 ms of main thread.
    const original = {
      prefetch: vi.fn(() => {
        now += 3;
        return false as const;
      }),
      preload: vi.fn(() => false as const),
    };
    const deferred = deferPrefetch(original);
    for (const path of ['/a', '/b', '/c', '/d', '/e']) deferred.prefetch(path);

    runIdle(50);
    expect(original.prefetch).toHaveBeenCalledTimes(3);
    runIdle(50);
    expect(original.prefetch).toHaveBeenCalledTimes(5);
  });

  test('preloading, which a click waits for, still happens at once', () => {
    const original = { prefetch: vi.fn(() => false as const), preload: vi.fn(() => false as const) };
    deferPrefetch(original).preload('/docs/a');
    expect(original.preload).toHaveBeenCalledWith('/docs/a');
  });
});
