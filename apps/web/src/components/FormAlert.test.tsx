import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import i18n from '../i18n';
import type { PayloadError } from '../lib/errors';
import { ChoiceGroup, TextField } from './Fields';
import { FormAlert } from './FormAlert';

function Form({ errors }: { errors: Record<string, PayloadError[]> }) {
  const ref = useRef<HTMLDivElement>(null);
  return (
    <form aria-label="시험 양식">
      <FormAlert
        summaryRef={ref}
        hasErrors={Object.keys(errors).length > 0}
        failed="저장하지 못했습니다."
        others={[]}
      />
      <TextField id="f-address" label="주소" value="" onChange={() => {}} errors={errors.address} />
      <TextField id="f-note" label="메모" value="" onChange={() => {}} errors={errors.note} />
      <ChoiceGroup
        id="f-scope"
        legend="제공 항목"
        type="checkbox"
        options={[{ value: 'BASIC', label: '기본정보' }]}
        selected={[]}
        onToggle={() => {}}
        errors={errors.scopes}
      />
    </form>
  );
}

afterEach(cleanup);

describe('FormAlert', () => {
  it('lists every invalid field in the order of the form, each linking to its field', async () => {
    await act(() => i18n.changeLanguage('ko'));
    render(
      <Form
        errors={{
          note: [{ code: 'VALIDATION', message: '', rule: 'TOO_LONG', limit: 2000 }],
          address: [{ code: 'REQUIRED', message: '' }],
          scopes: [{ code: 'REQUIRED', message: '' }],
        }}
      />,
    );
    const alert = screen.getByRole('alert');
    const links = Array.from(alert.querySelectorAll('a'));
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['주소를 입력해 주세요.', '#f-address'],
      ['메모는 2,000자 이하로 입력해 주세요.', '#f-note'],
      ['제공 항목을 선택해 주세요.', '#f-scope-BASIC'],
    ]);
    fireEvent.click(links[1]);
    expect(document.activeElement?.id).toBe('f-note');
  });

  it('lists nothing when the form has no error', () => {
    render(<Form errors={{}} />);
    expect(screen.getByRole('alert').textContent).toBe('');
  });
});
