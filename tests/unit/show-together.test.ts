// @vitest-environment node
// Lists on one screen shown together: a load is handed back once every load begun in the same turn has
// settled, a failed one holding none of the others, and a load begun later waiting for no earlier one.
import { describe, expect, it } from 'vitest';
import { showTogether } from '../../src/screens/PagedList';

/** A promise and the means to settle it from outside. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const turn = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('showTogether', () => {
  it('hands back each load begun in the same turn only once all of them have settled', async () => {
    const together = showTogether();
    const fast = deferred<string>();
    const slow = deferred<number>();
    const handed: unknown[] = [];
    void together(fast.promise).then((value) => handed.push(value));
    void together(slow.promise).then((value) => handed.push(value));
    fast.resolve('drafts');
    await turn();
    expect(handed).toEqual([]);
    slow.resolve(1000);
    await turn();
    expect(handed).toEqual(['drafts', 1000]);
  });

  it('hands back a failure as it is, once the others have settled, and the others still', async () => {
    const together = showTogether();
    const failing = deferred<string>();
    const other = deferred<string>();
    const failed = together(failing.promise).catch((error: unknown) => error);
    const shown = together(other.promise);
    failing.reject(new Error('unavailable'));
    other.resolve('records');
    expect(await failed).toEqual(new Error('unavailable'));
    expect(await shown).toBe('records');
  });

  it('does not hold a load begun in a later turn behind an earlier one still going', async () => {
    const together = showTogether();
    const earlier = deferred<string>();
    void together(earlier.promise);
    await turn();
    expect(await together(Promise.resolve('later'))).toBe('later');
  });
});
