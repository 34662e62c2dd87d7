import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useUrlForm } from './use-url-form';

describe('useUrlForm', () => {
  it('starts from the URL and keeps what is typed while the URL stays', () => {
    const { result, rerender } = renderHook(({ url }) => useUrlForm(url), {
      initialProps: { url: { status: 'OPEN', mine: false } },
    });
    act(() => result.current[1]({ status: 'CLOSED', mine: true }));
    // A new object with the same values is the same URL.
    rerender({ url: { status: 'OPEN', mine: false } });
    expect(result.current[0]).toEqual({ status: 'CLOSED', mine: true });
  });

  it('shows the URL again when it changes under the form (back, forward, a link)', () => {
    const { result, rerender } = renderHook(({ url }) => useUrlForm(url), {
      initialProps: { url: { q: '김' } },
    });
    act(() => result.current[1]({ q: '김이음' }));
    rerender({ url: { q: '박' } });
    expect(result.current[0]).toEqual({ q: '박' });
  });
});
