import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { WarningText } from '../components/WarningText';
import { toStorageError } from '../storage/errors';
import { pageSize, type Page } from '../storage/lists';
import { count, formatNumber } from './count';

/** Hands back a load once every load begun in the same turn as it has settled; see `showTogether`. */
export type Together = <T>(load: Promise<T>) => Promise<T>;

/**
 * For lists on one screen that load at the same time: each shows its entries once all of them have
 * theirs, so the screen changes and is laid out once rather than once per list, and what is read
 * first does not move down as a list above it fills in. Loads begun in the same turn (the effects of
 * one render) wait for each other; a load begun later starts a wait of its own, so none waits for ever.
 */
export function showTogether(): Together {
  let batch: Promise<unknown>[] | undefined;
  let settled: Promise<unknown> = Promise.resolve();
  return (load) => {
    if (!batch) {
      const loads: Promise<unknown>[] = (batch = []);
      settled = Promise.resolve().then(() => {
        batch = undefined;
        return Promise.allSettled(loads);
      });
    }
    batch.push(load);
    return settled.then(() => load);
  };
}

/**
 * Where a list's entries come from: how many there are with the first page of them (read together, so
 * what they share is read once), the page after a key, and a search by case reference.
 */
export interface ListSource<Item, Key> {
  first: () => Promise<{ total: number; page: Page<Item, Key> }>;
  page: (after?: Key) => Promise<Page<Item, Key>>;
  find: (search: string) => Promise<Item[]>;
}

interface Shown<Item, Key> {
  items: Item[];
  total: number;
  /** Where the next page starts, when browsing. */
  next?: Key;
  /** Every match, when searching: the search has read them all already, so "Show more" only shows more. */
  matches?: Item[];
}

interface PagedListProps<Item, Key> {
  source: ListSource<Item, Key>;
  /** A case reference (or part of one) to show only the entries that match; '' shows them all. */
  search: string;
  /** What one entry and several are called: "draft in progress", "drafts in progress". */
  noun: [string, string];
  /** What is said when there are none at all. */
  empty: string;
  /** The table of the entries shown; each entry's first link is where focus goes when it is newly shown. */
  children: (items: Item[]) => ComponentChildren;
  /** Other lists on the screen whose first entries are shown at the same time as this list's. */
  together?: Together;
}

/**
 * A list that can be long: the newest entries first, 20 of them, with how many there are in all and a
 * "Show more" button that adds the next 20 and moves focus to the first of them.
 */
export function PagedList<Item, Key>({
  source,
  search,
  noun,
  empty,
  children,
  together,
}: PagedListProps<Item, Key>) {
  const [shown, setShown] = useState<Shown<Item, Key>>();
  const [problem, setProblem] = useState<string>();
  const [loadingMore, setLoadingMore] = useState(false);
  const focusFrom = useRef<number | undefined>(undefined);
  const container = useRef<HTMLDivElement>(null);

  // Read as soon as the screen is drawn rather than once it is painted: the database answers while the
  // browser lays out and paints the rest of the screen.
  useLayoutEffect(() => {
    let current = true;
    setShown(undefined);
    setProblem(undefined);
    const load: Promise<Shown<Item, Key>> = search
      ? source
          .find(search)
          .then((matches) => ({ items: matches.slice(0, pageSize), total: matches.length, matches }))
      : source.first().then(({ total, page }) => ({
          items: page.items,
          total,
          next: page.next,
        }));
    (together ? together(load) : load).then(
      (loaded) => current && setShown(loaded),
      (error) => current && setProblem(toStorageError(error, 'unavailable').message),
    );
    return () => {
      current = false;
    };
  }, [source, search, together]);

  useEffect(() => {
    if (focusFrom.current === undefined) return;
    const row = container.current?.querySelectorAll('tbody tr')[focusFrom.current];
    focusFrom.current = undefined;
    row?.querySelector<HTMLElement>('a, button')?.focus();
  }, [shown]);

  const showMore = async () => {
    if (!shown) return;
    setLoadingMore(true);
    try {
      const from = shown.items.length;
      const more = shown.matches
        ? { items: shown.matches.slice(from, from + pageSize), next: undefined }
        : await source.page(shown.next);
      focusFrom.current = from;
      setShown({ ...shown, items: [...shown.items, ...more.items], next: more.next });
    } catch (error) {
      setProblem(toStorageError(error, 'unavailable').message);
    } finally {
      setLoadingMore(false);
    }
  };

  if (problem) return <WarningText>{problem}</WarningText>;
  if (!shown)
    return (
      <p class="body" role="status">
        {search ? 'Searching…' : 'Loading…'}
      </p>
    );
  const [one, many] = noun;
  const summary = search
    ? shown.total === 0
      ? `No ${many} match “${search}”.`
      : `${count(shown.total, one, many)} ${shown.total === 1 ? 'matches' : 'match'} “${search}”.`
    : shown.total === 0
      ? empty
      : `${count(shown.total, one, many)}.`;
  return (
    <div ref={container} class="paged-list">
      <p class="body">{summary}</p>
      {shown.items.length > 0 && children(shown.items)}
      {shown.items.length < shown.total && (
        <>
          <p class="body">
            Showing {formatNumber(shown.items.length)} of {formatNumber(shown.total)}.
          </p>
          <button type="button" class="button button--secondary" disabled={loadingMore} onClick={showMore}>
            Show more <span class="visually-hidden">{many}</span>
          </button>
        </>
      )}
    </div>
  );
}
