import { act, cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ProvisionRowFragment } from '../../../generated/graphql';
import i18n from '../../../i18n';
import { ko } from '../../../i18n/catalogues';
import { ProvisionTable } from './ProvisionTable';

beforeAll(() => act(() => void i18n.changeLanguage('ko')));
afterEach(cleanup);

const row = (over: Partial<ProvisionRowFragment>): ProvisionRowFragment => ({
  id: 'p1',
  service: '쌀 10kg',
  needsDomain: 'ECONOMY',
  startsOn: '2026-03-01',
  endsOn: '2026-03-31',
  amount: 30000,
  overrideReason: null,
  agency: { id: 'a1', name: '청운효자동 주민센터' },
  resource: null,
  recordedBy: { name: '김담당' },
  ...over,
});

describe('ProvisionTable', () => {
  it('names each provision by its resource, else its service, with period, domain, agency and amount', () => {
    render(
      <ProvisionTable
        caption={ko.provisions.caption}
        provisions={[
          row({}),
          row({
            id: 'p2',
            service: '복지관 밑반찬 배달',
            resource: { id: 'r1', name: '밑반찬 배달 서비스' },
            needsDomain: 'DAILY_LIVING',
            endsOn: null,
            amount: null,
            overrideReason: '주말분만 보탬',
            agency: { id: 'a2', name: '종로종합사회복지관' },
          }),
        ]}
      />,
    );
    const rice = screen.getByRole('row', { name: /쌀 10kg/ });
    expect(within(rice).getByText('30,000원')).toBeTruthy();
    expect(within(rice).getByText(ko.cases.domain.ECONOMY)).toBeTruthy();
    const dosirak = screen.getByRole('row', { name: /밑반찬 배달 서비스/ });
    // Open-ended, no amount the caller may see, and the reason it was given despite an overlap.
    expect(within(dosirak).getByText(new RegExp(`${ko.provisions.openEnded}$`))).toBeTruthy();
    expect(within(dosirak).queryByText(/원$/)).toBeNull();
    expect(within(dosirak).getByText('주말분만 보탬')).toBeTruthy();
  });

  it('says so when there are none', () => {
    render(<ProvisionTable caption={ko.provisions.caption} provisions={[]} empty={ko.provisions.none} />);
    expect(screen.getByText(ko.provisions.none)).toBeTruthy();
  });
});
