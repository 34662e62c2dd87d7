import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, useLocation } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { jumpBaseOf, lastJumpPage, useCursorPages, withoutPaging, withPage } from './cursor-pages';

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

describe('page jumps', () => {
  it('asks for the jumped-to page, then follows cursors from it', () => {
    const { result } = renderAt('/households?q=김&sort=address&dir=asc');
    act(() => result.current.pages.goTo(4));
    expect(result.current.pages).toMatchObject({ after: undefined, jump: 4, page: 4, hasPrevious: true });
    act(() => result.current.pages.goNext('c5'));
    expect(result.current.pages).toMatchObject({ after: 'c5', jump: undefined, page: 5 });
    act(() => result.current.pages.goPrevious());
    expect(result.current.pages).toMatchObject({ after: undefined, jump: 4, page: 4 });
    // Before a jumped-to page is the page before it, by number.
    act(() => result.current.pages.goPrevious());
    expect(result.current.pages).toMatchObject({ jump: 3, page: 3 });
    act(() => result.current.pages.goTo(1));
    expect(result.current.pages).toMatchObject({ jump: undefined, page: 1, hasPrevious: false });
    expect(result.current.location.search).toBe('?q=%EA%B9%80&sort=address&dir=asc');
  });

  it('reads a page that is not a whole number above 1 as the first', () => {
    expect(jumpBaseOf(new URLSearchParams('page=0'))).toBe(1);
    expect(jumpBaseOf(new URLSearchParams('page=2.5'))).toBe(1);
    expect(jumpBaseOf(new URLSearchParams('page=7'))).toBe(7);
  });

  it('reaches no further than the API lets a jump skip', () => {
    expect(lastJumpPage(20)).toBe(501);
    expect(withPage(new URLSearchParams('q=a&after=x&prev='), 3).toString()).toBe('q=a&page=3');
  });
});
