import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';

// Forward-only cursors (first/after): the cursors of earlier pages stay in the URL ('prev'),
// so 이전 and the browser's back/forward buttons both work.
export function useCursorPages() {
  const [params, setParams] = useSearchParams();
  const after = params.get('after') ?? undefined;
  const previous = params.getAll('prev');

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
    const next = new URLSearchParams(params);
    const earlier = [...previous];
    const cursor = earlier.pop();
    next.delete('prev');
    earlier.forEach((c) => next.append('prev', c));
    if (cursor) next.set('after', cursor);
    else next.delete('after');
    setParams(next);
  }, [params, previous, setParams]);

  return { after, page: previous.length + 1, hasPrevious: previous.length > 0, goNext, goPrevious };
}

/** Drops paging state when the search itself changes. */
export function withoutPaging(params: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(params);
  next.delete('after');
  next.delete('prev');
  return next;
}
