import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { withoutPaging } from './cursor-pages';

export type SortDir = 'asc' | 'desc';

/** A list's sort as the URL says it (?sort=address&dir=asc): a column key and a direction. */
export interface SortState<K extends string = string> {
  key: K;
  dir: SortDir;
}

/** The sort in the URL, if it names one of the list's columns. */
export function sortFromParams<K extends string>(
  params: URLSearchParams,
  keys: readonly K[],
): SortState<K> | null {
  const key = params.get('sort');
  if (!key || !(keys as readonly string[]).includes(key)) return null;
  return { key: key as K, dir: params.get('dir') === 'desc' ? 'desc' : 'asc' };
}

/** A click on a column: the shown column turns around; another column starts ascending. */
export function toggledSort<K extends string>(current: SortState<K> | null, key: K): SortState<K> {
  return current?.key === key ? { key, dir: current.dir === 'asc' ? 'desc' : 'asc' } : { key, dir: 'asc' };
}

/** The URL with this sort and no paging (a new order starts at its first page). */
export function putSortInParams(params: URLSearchParams, sort: SortState): URLSearchParams {
  const next = withoutPaging(params);
  next.set('sort', sort.key);
  next.set('dir', sort.dir);
  return next;
}

/**
 * A sortable list's order, kept in the URL like its filters. `fields` maps the URL's column keys
 * to the API's order fields; `fallback` is what the API does without orderBy (shown, not sent).
 */
export function useListSort<K extends string, F extends string>(
  fields: Record<K, F>,
  fallback: SortState<NoInfer<K>> | null = null,
) {
  const [params, setParams] = useSearchParams();
  const keys = Object.keys(fields) as K[];
  const fromUrl = sortFromParams(params, keys);
  const key = fromUrl?.key;
  const dir = fromUrl?.dir;
  const orderBy = useMemo(
    () =>
      key && dir
        ? [{ field: fields[key], direction: dir === 'asc' ? ('ASC' as const) : ('DESC' as const) }]
        : undefined,
    // fields is a constant table per list.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [key, dir],
  );
  const sort = fromUrl ?? fallback;
  const onSort = useCallback(
    (column: string) => setParams(putSortInParams(params, toggledSort(sort, column as K))),
    [params, setParams, sort],
  );
  return { sort, orderBy, onSort };
}
