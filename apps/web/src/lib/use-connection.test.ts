import { CombinedGraphQLErrors } from '@apollo/client';
import { renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import {
  connectionPage,
  useConnection,
  usePagedResult,
  type ConnectionLike,
  type PagedQuery,
} from './use-connection';

const connection: ConnectionLike<{ id: string }> = {
  edges: [{ node: { id: 'a' } }, { node: { id: 'b' } }],
  pageInfo: { endCursor: 'cursor-b', hasNextPage: true },
  totalCount: 7,
};

describe('connectionPage', () => {
  it('turns edges into nodes and keeps the paging state', () => {
    expect(connectionPage(connection)).toEqual({
      nodes: [{ id: 'a' }, { id: 'b' }],
      totalCount: 7,
      endCursor: 'cursor-b',
      hasNextPage: true,
    });
  });

  it('is an empty first page while nothing has loaded', () => {
    expect(connectionPage(undefined)).toEqual({
      nodes: [],
      totalCount: undefined,
      endCursor: undefined,
      hasNextPage: false,
    });
  });

  it('reads a null end cursor and total as absent', () => {
    const last = { edges: [], pageInfo: { endCursor: null, hasNextPage: false }, totalCount: null };
    expect(connectionPage(last)).toMatchObject({ endCursor: undefined, totalCount: undefined });
  });
});

describe('useConnection', () => {
  it('returns the same page while the connection object stays the same', () => {
    const { result, rerender } = renderHook(({ c }) => useConnection(c), { initialProps: { c: connection } });
    const first = result.current;
    rerender({ c: connection });
    expect(result.current).toBe(first);
    rerender({ c: { ...connection, totalCount: 8 } });
    expect(result.current.totalCount).toBe(8);
  });
});

describe('usePagedResult', () => {
  type Data = { items: ConnectionLike<{ id: string }> };
  const query = (over: Partial<PagedQuery<Data>> = {}): PagedQuery<Data> => ({
    data: undefined,
    loading: false,
    refetch: vi.fn().mockResolvedValue(undefined),
    ...over,
  });
  const noConsent = new CombinedGraphQLErrors({
    data: null,
    errors: [{ message: 'no consent', extensions: { code: 'NO_CONSENT' } }],
  });

  it('keeps the last page on screen while the next one loads', () => {
    const { result } = renderHook(() =>
      usePagedResult(query({ previousData: { items: connection }, loading: true }), (d) => d.items),
    );
    expect(result.current).toMatchObject({ nodes: [{ id: 'a' }, { id: 'b' }], loading: true });
  });

  it('treats NO_CONSENT on a page that came back as partial data when asked to', () => {
    const partial = query({ data: { items: connection }, error: noConsent });
    const lenient = renderHook(() => usePagedResult(partial, (d) => d.items, { partialOnNoConsent: true }));
    expect(lenient.result.current.error).toBeUndefined();
    const strict = renderHook(() => usePagedResult(partial, (d) => d.items));
    expect(strict.result.current.error).toBe(noConsent);
  });

  it('reports NO_CONSENT when no page came back at all', () => {
    const { result } = renderHook(() =>
      usePagedResult(query({ error: noConsent }), (d: Data) => d.items, { partialOnNoConsent: true }),
    );
    expect(result.current.error).toBe(noConsent);
  });

  it('retries without an unhandled rejection when the refetch fails', async () => {
    const refetch = vi.fn().mockRejectedValue(new Error('offline'));
    const { result } = renderHook(() => usePagedResult(query({ refetch }), (d: Data) => d.items));
    result.current.retry();
    await Promise.resolve();
    expect(refetch).toHaveBeenCalledOnce();
  });
});
