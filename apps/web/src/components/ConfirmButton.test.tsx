import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConfirmButton } from './ConfirmButton';

afterEach(cleanup);

function renderButton(onConfirm: () => Promise<boolean>) {
  render(
    <ConfirmButton
      label="철회"
      name="행복복지관 동의 철회"
      question="행복복지관의 동의를 철회할까요?"
      yes="철회합니다"
      no="취소"
      busy={false}
      onConfirm={onConfirm}
    />,
  );
}

describe('ConfirmButton', () => {
  it('asks first, in a group named after the action, and can be called off', () => {
    const onConfirm = vi.fn();
    renderButton(onConfirm);
    fireEvent.click(screen.getByRole('button', { name: '행복복지관 동의 철회' }));
    expect(screen.getByRole('group', { name: '행복복지관 동의 철회' }).textContent).toContain(
      '행복복지관의 동의를 철회할까요?',
    );
    fireEvent.click(screen.getByRole('button', { name: '취소' }));
    expect(onConfirm).not.toHaveBeenCalled();
    expect(screen.queryByRole('group')).toBeNull();
  });

  it('keeps asking when the action fails, and closes once it is done', async () => {
    const onConfirm = vi.fn().mockResolvedValueOnce(false).mockResolvedValueOnce(true);
    renderButton(onConfirm);
    fireEvent.click(screen.getByRole('button', { name: '행복복지관 동의 철회' }));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '철회합니다' })));
    expect(screen.getByRole('group')).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '철회합니다' })));
    expect(onConfirm).toHaveBeenCalledTimes(2);
    expect(screen.queryByRole('group')).toBeNull();
  });
});
