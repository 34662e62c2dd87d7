import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, useLocation } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { useCursorPages, withoutPaging } from './cursor-pages';

function renderAt(url: string) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <MemoryRouter initialEntries={[url]}>{children}</MemoryRouter>
  );
  return renderHook(() => ({ pages: useCursorPages(), location: useLocation() }), { wrapper });
}

describe('useCursorPages', () => {
  it('is the first page without a cursor', () => {
    const { result } = renderAt('/cases?status=OPEN');
    expect(result.current.pages).toMatchObject({ after: undefined, page: 1, hasPrevious: false });
  });

  it('goes forward, keeping the earlier cursors in the URL, and back again', () => {
    const { result } = renderAt('/cases?status=OPEN');
    act(() => result.current.pages.goNext('c1'));
    expect(result.current.pages).toMatchObject({ after: 'c1', page: 2, hasPrevious: true });
    act(() => result.current.pages.goNext('c2'));
    expect(result.current.pages).toMatchObject({ after: 'c2', page: 3 });
    expect(new URLSearchParams(result.current.location.search).getAll('prev')).toEqual(['', 'c1']);

    act(() => result.current.pages.goPrevious());
    expect(result.current.pages).toMatchObject({ after: 'c1', page: 2 });
    act(() => result.current.pages.goPrevious());
    expect(result.current.pages).toMatchObject({ after: undefined, page: 1, hasPrevious: false });
    // The search itself is kept throughout.
    expect(result.current.location.search).toBe('?status=OPEN');
  });
});

describe('withoutPaging', () => {
  it('drops the cursors and keeps the search', () => {
    const params = new URLSearchParams('name=김&after=c2&prev=&prev=c1');
    expect(withoutPaging(params).toString()).toBe(new URLSearchParams('name=김').toString());
    expect(params.get('after')).toBe('c2');
  });
});
