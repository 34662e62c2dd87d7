import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, useLocation } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { putSortInParams, sortFromParams, toggledSort, useListSort } from './list-sort';

const KEYS = ['address', 'dong'] as const;

describe('sortFromParams', () => {
  it.each([
    {
      name: 'reads a column and its direction',
      url: 'sort=address&dir=desc',
      sort: { key: 'address', dir: 'desc' },
    },
    {
      name: 'takes ascending when the direction is missing or odd',
      url: 'sort=dong&dir=up',
      sort: { key: 'dong', dir: 'asc' },
    },
    { name: 'ignores a column the list does not sort by', url: 'sort=rrn&dir=asc', sort: null },
    { name: 'is no sort without one', url: 'q=김', sort: null },
  ])('$name', ({ url, sort }) => {
    expect(sortFromParams(new URLSearchParams(url), KEYS)).toEqual(sort);
  });
});

describe('toggledSort', () => {
  it.each([
    {
      name: 'a first click sorts ascending',
      current: null,
      key: 'address',
      next: { key: 'address', dir: 'asc' },
    },
    {
      name: 'a click on the sorted column turns it around',
      current: { key: 'address', dir: 'asc' },
      key: 'address',
      next: { key: 'address', dir: 'desc' },
    },
    {
      name: 'and back again',
      current: { key: 'address', dir: 'desc' },
      key: 'address',
      next: { key: 'address', dir: 'asc' },
    },
    {
      name: 'another column starts ascending',
      current: { key: 'address', dir: 'desc' },
      key: 'dong',
      next: { key: 'dong', dir: 'asc' },
    },
  ] as const)('$name', ({ current, key, next }) => {
    expect(toggledSort(current, key)).toEqual(next);
  });
});

describe('putSortInParams', () => {
  it('keeps the search and drops the paging', () => {
    const next = putSortInParams(new URLSearchParams('q=김&after=c2&prev=&page=3'), {
      key: 'address',
      dir: 'desc',
    });
    expect(Object.fromEntries(next)).toEqual({ q: '김', sort: 'address', dir: 'desc' });
  });
});

describe('useListSort', () => {
  function renderAt(url: string) {
    const wrapper = ({ children }: { children: ReactNode }) => (
      <MemoryRouter initialEntries={[url]}>{children}</MemoryRouter>
    );
    return renderHook(
      () => ({
        list: useListSort({ address: 'ADDRESS', dong: 'REGION' } as const, { key: 'dong', dir: 'asc' }),
        location: useLocation(),
      }),
      { wrapper },
    );
  }

  it('shows the API’s own order without sending one', () => {
    const { result } = renderAt('/households?q=김');
    expect(result.current.list.sort).toEqual({ key: 'dong', dir: 'asc' });
    expect(result.current.list.orderBy).toBeUndefined();
  });

  it('asks for the order the URL names, and a click puts the next one in the URL', () => {
    const { result } = renderAt('/households?q=김&sort=address&dir=asc&after=c1&prev=');
    expect(result.current.list.orderBy).toEqual([{ field: 'ADDRESS', direction: 'ASC' }]);
    act(() => result.current.list.onSort('address'));
    expect(result.current.list.orderBy).toEqual([{ field: 'ADDRESS', direction: 'DESC' }]);
    expect(new URLSearchParams(result.current.location.search).has('after')).toBe(false);
  });
});
