import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { useCursorPages, withoutPaging } from './cursor-pages';

const wrapper = ({ children }: { children: ReactNode }) => (
  <MemoryRouter initialEntries={['/households?q=김']}>{children}</MemoryRouter>
);

describe('useCursorPages', () => {
  it('goes forward by cursor and back to each earlier page, down to the first', () => {
    const { result } = renderHook(() => useCursorPages(), { wrapper });
    expect(result.current).toMatchObject({ page: 1, hasPrevious: false, after: undefined });
    act(() => result.current.goNext('c1'));
    expect(result.current).toMatchObject({ page: 2, hasPrevious: true, after: 'c1' });
    act(() => result.current.goNext('c2'));
    expect(result.current).toMatchObject({ page: 3, after: 'c2' });
    act(() => result.current.goPrevious());
    expect(result.current).toMatchObject({ page: 2, after: 'c1' });
    act(() => result.current.goPrevious());
    expect(result.current).toMatchObject({ page: 1, hasPrevious: false, after: undefined });
  });

  it('drops the paging state but keeps the search when the search changes', () => {
    const next = withoutPaging(new URLSearchParams('q=김&after=c2&prev=&prev=c1'));
    expect(next.toString()).toBe(new URLSearchParams('q=김').toString());
  });
});
