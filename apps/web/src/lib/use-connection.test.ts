import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { connectionPage, useConnection, type ConnectionLike } from './use-connection';

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
