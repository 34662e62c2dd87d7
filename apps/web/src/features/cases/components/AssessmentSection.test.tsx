import { act, cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import i18n from '../../../i18n';
import { AssessmentSection } from './AssessmentSection';

afterEach(cleanup);

const latest = {
  __typename: 'NeedsAssessment' as const,
  id: 'a1',
  recordedAt: '2026-12-01T01:00:00.000Z',
  recordedBy: 'agency@demo.ieum.kr',
  by: { __typename: 'Colleague' as const, name: '박나눔 (데모)' },
  agency: { __typename: 'Agency' as const, id: 'g1', name: '복지관' },
  items: [
    {
      __typename: 'NeedsAssessmentItem' as const,
      domain: 'SAFETY' as const,
      level: 'HIGH' as const,
      note: '',
    },
  ],
};

describe('AssessmentSection', () => {
  it('says a domain the consent hides is outside it, and an unassessed one is not assessed', async () => {
    await act(() => i18n.changeLanguage('ko'));
    render(
      <AssessmentSection
        latest={latest}
        access={{ full: false, scopes: ['BASIC', 'CASE_NOTES'] }}
        canEdit={false}
        loading={false}
        onAssess={async () => ({ errors: [] as never })}
      />,
    );
    const row = (name: string) => screen.getByRole('rowheader', { name }).closest('tr')!;
    expect(within(row('건강')).getByText('동의 범위 밖')).toBeTruthy();
    expect(within(row('경제')).getByText('동의 범위 밖')).toBeTruthy();
    expect(within(row('가족관계')).getByText('평가 없음')).toBeTruthy();
    expect(screen.queryByText('박나눔 (데모)', { exact: false })).toBeTruthy();
  });
});
