import { describe, expect, it } from 'vitest';
import {
  APPLICATION_ACTIONS,
  APPLICATION_REASON_MAX,
  APPLICATION_STATUSES,
  APPLICATION_TRANSITIONS,
  availableApplicationActions,
  nextApplicationStatus,
  type ApplicationAction,
  type ApplicationSide,
  type ApplicationStatus,
} from './application-state';

describe('nextApplicationStatus', () => {
  it.each<[ApplicationStatus, ApplicationAction, ApplicationSide, string | null, ApplicationStatus]>([
    ['SUBMITTED', 'REVIEW', 'RECEIVER', null, 'UNDER_REVIEW'],
    ['UNDER_REVIEW', 'APPROVE', 'RECEIVER', null, 'APPROVED'],
    ['UNDER_REVIEW', 'REJECT', 'RECEIVER', '소득인정액이 선정기준액 초과', 'REJECTED'],
    ['UNDER_REVIEW', 'REQUEST_DOCUMENTS', 'RECEIVER', '임대차계약서 사본', 'DOCUMENTS_REQUESTED'],
    ['DOCUMENTS_REQUESTED', 'REVIEW', 'RECEIVER', null, 'UNDER_REVIEW'],
    ['DOCUMENTS_REQUESTED', 'REJECT', 'RECEIVER', '서류 미제출', 'REJECTED'],
    ['SUBMITTED', 'WITHDRAW', 'APPLICANT', null, 'WITHDRAWN'],
    ['UNDER_REVIEW', 'WITHDRAW', 'APPLICANT', null, 'WITHDRAWN'],
    ['DOCUMENTS_REQUESTED', 'WITHDRAW', 'APPLICANT', null, 'WITHDRAWN'],
  ])('%s --%s by %s--> %s', (from, action, side, reason, to) => {
    expect(nextApplicationStatus(from, action, [side], reason)).toEqual({ ok: true, value: to });
  });

  // Every (status, action) pair the table does not list is refused, never a silent no-op.
  const pairs = APPLICATION_STATUSES.flatMap((s) => APPLICATION_ACTIONS.map((a) => [s, a] as const)).filter(
    ([s, a]) => !APPLICATION_TRANSITIONS[a].from.includes(s),
  );
  it.each(pairs)('refuses %s --%s as INVALID_TRANSITION', (from, action) => {
    const r = nextApplicationStatus(from, action, ['RECEIVER', 'APPLICANT'], 'reason');
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_TRANSITION', from, action } });
  });

  it.each<[ApplicationAction, ApplicationSide]>([
    ['REVIEW', 'APPLICANT'],
    ['APPROVE', 'APPLICANT'],
    ['REJECT', 'APPLICANT'],
    ['REQUEST_DOCUMENTS', 'APPLICANT'],
    ['WITHDRAW', 'RECEIVER'],
  ])('refuses %s by the %s side as FORBIDDEN, before looking at the status', (action, side) => {
    const r = nextApplicationStatus('APPROVED', action, [side], 'x');
    expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', action } });
  });

  it('refuses a caller with no side at all', () => {
    expect(nextApplicationStatus('SUBMITTED', 'REVIEW', [])).toMatchObject({ error: { code: 'FORBIDDEN' } });
  });

  it.each<[ApplicationAction, string | null, string]>([
    ['REJECT', null, 'REQUIRED'],
    ['REJECT', '   ', 'REQUIRED'],
    ['REQUEST_DOCUMENTS', '', 'REQUIRED'],
    ['REJECT', '가'.repeat(APPLICATION_REASON_MAX + 1), 'TOO_LONG'],
  ])('%s with reason %j is VALIDATION %s', (action, reason, rule) => {
    expect(nextApplicationStatus('UNDER_REVIEW', action, ['RECEIVER'], reason)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', field: 'reason', rule },
    });
  });

  it('takes a reason of exactly the maximum length', () => {
    const r = nextApplicationStatus(
      'UNDER_REVIEW',
      'REJECT',
      ['RECEIVER'],
      '가'.repeat(APPLICATION_REASON_MAX),
    );
    expect(r).toEqual({ ok: true, value: 'REJECTED' });
  });
});

describe('availableApplicationActions', () => {
  it.each<[ApplicationStatus, ApplicationSide[], ApplicationAction[]]>([
    ['SUBMITTED', ['RECEIVER'], ['REVIEW']],
    ['SUBMITTED', ['APPLICANT'], ['WITHDRAW']],
    ['SUBMITTED', ['RECEIVER', 'APPLICANT'], ['REVIEW', 'WITHDRAW']],
    ['UNDER_REVIEW', ['RECEIVER'], ['REQUEST_DOCUMENTS', 'APPROVE', 'REJECT']],
    ['DOCUMENTS_REQUESTED', ['RECEIVER'], ['REVIEW', 'REJECT']],
    ['APPROVED', ['RECEIVER', 'APPLICANT'], []],
    ['WITHDRAWN', ['APPLICANT'], []],
    ['SUBMITTED', [], []],
  ])('%s for %j offers %j', (status, sides, actions) => {
    expect(availableApplicationActions(status, sides)).toEqual(actions);
  });
});
