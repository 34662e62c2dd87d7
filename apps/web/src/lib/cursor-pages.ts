import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';

// Forward cursors (first/after): the cursors of earlier pages stay in the URL ('prev'), so 이전 and
// the browser's back/forward buttons both work. A jump to a page number puts that page in the URL
// ('page', asked with the list's `page` argument); the pages after it follow cursors again.

/** The most items a page jump may skip (the API's MAX_JUMP_OFFSET in apps/api/src/graphql/connection.ts). */
export const MAX_JUMP_OFFSET = 10_000;

/** The furthest page a jump may reach with this page size. */
export function lastJumpPage(pageSize: number): number {
  return Math.floor(MAX_JUMP_OFFSET / pageSize) + 1;
}

/** The page a jump started from (1 without one). */
export function jumpBaseOf(params: URLSearchParams): number {
  const n = Number(params.get('page'));
  return Number.isInteger(n) && n > 1 ? n : 1;
}

/** The URL for page `page` of the same search (no cursors; page 1 is the plain search). */
export function withPage(params: URLSearchParams, page: number): URLSearchParams {
  const next = withoutPaging(params);
  if (page > 1) next.set('page', String(page));
  return next;
}

export function useCursorPages() {
  const [params, setParams] = useSearchParams();
  const after = params.get('after') ?? undefined;
  const previous = params.getAll('prev');
  const base = jumpBaseOf(params);
  const page = base + previous.length;

  const goNext = useCallback(
    (endCursor: string) => {
      const next = new URLSearchParams(params);
      next.append('prev', after ?? '');
      next.set('after', endCursor);
      setParams(next);
    },
    [params, after, setParams],
  );

  const goPrevious = useCallback(() => {
    if (previous.length === 0) {
      // On a page jumped to: the page before it is a jump too.
      if (base > 1) setParams(withPage(params, base - 1));
      return;
    }
    const next = new URLSearchParams(params);
    const earlier = [...previous];
    const cursor = earlier.pop();
    next.delete('prev');
    earlier.forEach((c) => next.append('prev', c));
    if (cursor) next.set('after', cursor);
    else next.delete('after');
    setParams(next);
  }, [params, previous, base, setParams]);

  const goTo = useCallback((n: number) => setParams(withPage(params, n)), [params, setParams]);

  return {
    after,
    /** The list's `page` argument: the jumped-to page while no cursor follows it. */
    jump: after === undefined && base > 1 ? base : undefined,
    page,
    hasPrevious: page > 1,
    goNext,
    goPrevious,
    goTo,
  };
}

/** Drops paging state when the search itself changes. */
export function withoutPaging(params: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(params);
  next.delete('after');
  next.delete('prev');
  next.delete('page');
  return next;
}
