// Lists that grow with a year's casework (drafts, signed records) are read a page at a time through an
// index, newest first, so the home screen never reads and decrypts every one of them to show twenty.

/** How many entries a list shows at first, and how many more each "Show more" adds. */
export const pageSize = 20;

/** A page of a list and the index key it ended at, to go on from; no `next` when the list ended here. */
export interface Page<Item, Key> {
  items: Item[];
  next?: Key;
}

/** What `newestFirst` needs of an index (as idb hands one out in a transaction). */
interface ReadableIndex<Key, Value> {
  openKeyCursor(
    range: IDBKeyRange | null,
    direction: 'prev',
  ): Promise<{ key: Key; advance(count: number): Promise<{ key: Key } | null> } | null>;
  getAll(range: IDBKeyRange | null): Promise<Value[]>;
}

/**
 * The last `limit` entries of `index` within `range` (its highest first), in three requests however many
 * there are: a key cursor opened at the top moves down `limit - 1` entries in one step to where the page
 * ends, and one getAll reads the page from there up. A cursor stepping through the page would wait for a
 * round trip to the database per entry, and a slow phone would wait longest.
 */
export async function newestFirst<Key, Value>(
  index: ReadableIndex<Key, Value>,
  range: IDBKeyRange | null,
  limit: number,
): Promise<Value[]> {
  const top = await index.openKeyCursor(range, 'prev');
  if (!top) return [];
  const bottom = limit > 1 ? await top.advance(limit - 1) : top;
  const page = !bottom
    ? range
    : range?.upper !== undefined
      ? IDBKeyRange.bound(bottom.key, range.upper, false, range.upperOpen)
      : IDBKeyRange.lowerBound(bottom.key);
  return (await index.getAll(page)).reverse();
}

/** A case reference as compared in a search: case, spaces and dashes make no difference. */
const normaliseReference = (reference: string) => reference.replace(/[\s\-‐–—]+/g, '').toUpperCase();

export const referenceMatches = (reference: string, search: string): boolean =>
  normaliseReference(reference).includes(normaliseReference(search));

/** How many entries a search opens at a time: few transactions, without holding many at once. */
const searchBatch = 100;

/**
 * Every entry of a list whose case reference contains the search, newest first. Case references are
 * stored sealed and no index of them is kept: an index could match only a whole reference (a keyed hash
 * of it), while a worker often remembers part of one. So a search opens the list page by page, each
 * entry in memory only while it is compared, and keeps the matches alone.
 */
export async function findByReference<Item, Key>(
  page: (after: Key | undefined, limit: number) => Promise<Page<Item, Key>>,
  referenceOf: (item: Item) => string,
  search: string,
): Promise<Item[]> {
  const found: Item[] = [];
  let next: Key | undefined;
  do {
    const current = await page(next, searchBatch);
    found.push(...current.items.filter((item) => referenceMatches(referenceOf(item), search)));
    next = current.next;
  } while (next !== undefined);
  return found;
}
