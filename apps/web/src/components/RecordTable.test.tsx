import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import i18n from '../i18n';
import { ko } from '../i18n/catalogues';
import { Pagination } from './Pagination';
import { RecordTable } from './RecordTable';

beforeAll(() => act(() => void i18n.changeLanguage('ko')));
afterEach(cleanup);

const rows = [{ id: '1', address: '정렬로 2', dong: '청운효자동' }];

function renderTable(sort: { key: string | null; dir: 'asc' | 'desc' }) {
  const onSort = vi.fn();
  render(
    <RecordTable
      caption="가구"
      columns={[{ label: '주소', sortKey: 'address' }, { label: '읍면동', sortKey: 'dong' }, '가구원']}
      rows={rows}
      rowKey={(r) => r.id}
      cells={(r) => (
        <>
          <th scope="row">{r.address}</th>
          <td>{r.dong}</td>
          <td>1</td>
        </>
      )}
      sort={{ ...sort, onSort }}
    />,
  );
  return onSort;
}

describe('RecordTable sorting', () => {
  it('marks the sorted column with aria-sort and the others as sortable', () => {
    renderTable({ key: 'address', dir: 'desc' });
    expect(screen.getByRole('columnheader', { name: '주소' }).getAttribute('aria-sort')).toBe('descending');
    expect(screen.getByRole('columnheader', { name: '읍면동' }).getAttribute('aria-sort')).toBe('none');
    expect(screen.getByRole('columnheader', { name: '가구원' }).hasAttribute('aria-sort')).toBe(false);
    expect(screen.queryByRole('button', { name: '가구원' })).toBeNull();
  });

  it('sorts by a column when its header button is pressed', () => {
    const onSort = renderTable({ key: null, dir: 'asc' });
    fireEvent.click(screen.getByRole('button', { name: '읍면동' }));
    expect(onSort).toHaveBeenCalledWith('dong');
  });
});

describe('Pagination jump', () => {
  const base = {
    page: 2,
    totalPages: 9,
    hasPrevious: true,
    hasNext: true,
    onPrevious: vi.fn(),
    onNext: vi.fn(),
  };

  it('jumps to the page number entered, within the pages there are', () => {
    const onJump = vi.fn();
    render(<Pagination {...base} jump={{ onJump }} />);
    const input = screen.getByRole('spinbutton', { name: ko.common.jumpTo });
    expect(input.getAttribute('max')).toBe('9');
    fireEvent.change(input, { target: { value: '12' } });
    fireEvent.click(screen.getByRole('button', { name: ko.common.jump }));
    expect(onJump).not.toHaveBeenCalled();
    fireEvent.change(input, { target: { value: '7' } });
    fireEvent.click(screen.getByRole('button', { name: ko.common.jump }));
    expect(onJump).toHaveBeenCalledWith(7);
  });

  it('offers no jump to a list whose query cannot take one', () => {
    render(<Pagination {...base} />);
    expect(screen.queryByRole('spinbutton')).toBeNull();
  });
});
