import { CombinedGraphQLErrors } from '@apollo/client';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import i18n from '../i18n';
import { ko } from '../i18n/catalogues';
import { PagedList } from './PagedList';
import { RecordTable } from './RecordTable';

beforeAll(() => act(() => void i18n.changeLanguage('ko')));
afterEach(cleanup);

const pages = (over = {}) => ({
  page: 1,
  hasPrevious: false,
  goPrevious: vi.fn(),
  goNext: vi.fn(),
  ...over,
});
const loaded = { totalCount: 2, endCursor: 'c2', hasNextPage: true, loading: false, retry: vi.fn() };
const rows = [
  { id: '1', name: '김이음' },
  { id: '2', name: '박이음' },
];

function renderList(list: Parameters<typeof PagedList>[0]['list'], pager = pages()) {
  render(
    <PagedList list={list} pages={pager} total={(count) => `총 ${count}건`} empty="없습니다.">
      <RecordTable
        caption="사람"
        columns={['이름']}
        rows={list.totalCount ? rows : []}
        rowKey={(r) => r.id}
        cells={(r) => <th scope="row">{r.name}</th>}
      />
    </PagedList>,
  );
  return pager;
}

describe('PagedList', () => {
  it('says loading in the status line until the first page arrives', () => {
    renderList({ totalCount: undefined, endCursor: undefined, hasNextPage: false, loading: true });
    expect(screen.getByRole('status').textContent).toBe(ko.common.loading);
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('shows the total, the rows and a pager that asks for the next cursor', () => {
    const pager = renderList(loaded);
    expect(screen.getByRole('status').textContent).toBe('총 2건');
    expect(screen.getByRole('table', { name: '사람' })).toBeTruthy();
    expect(screen.getByRole('rowheader', { name: '박이음' })).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: ko.common.pagination });
    expect(nav).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: ko.common.next }));
    expect(pager.goNext).toHaveBeenCalledWith('c2');
    expect((screen.getByRole('button', { name: ko.common.previous }) as HTMLButtonElement).disabled).toBe(
      true,
    );
  });

  it('says the empty sentence instead of an empty table', () => {
    renderList({ totalCount: 0, endCursor: undefined, hasNextPage: false, loading: false });
    expect(screen.getByText('없습니다.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.queryByRole('navigation')).toBeNull();
  });

  it('says a failed query with a retry, and no total', () => {
    const retry = vi.fn();
    const error = new CombinedGraphQLErrors({ data: null, errors: [{ message: 'down' }] });
    renderList({ ...loaded, error, retry });
    expect(screen.getByRole('alert').textContent).toContain(ko.common.loadFailed);
    expect(screen.getByRole('status').textContent).toBe('');
    fireEvent.click(screen.getByRole('button', { name: ko.common.retry }));
    expect(retry).toHaveBeenCalledOnce();
  });
});
