import type { TFunction } from 'i18next';
import type { CaseDetailFieldsFragment } from '../../generated/graphql';
import { formatDate } from '../../lib/format';

type CaseEvent = CaseDetailFieldsFragment['timeline'][number];

/** A timeline entry in the reader's language, from its kind and parameters ("의뢰 접수: 정서지원"). */
export function caseEventText(t: TFunction, e: CaseEvent, language?: string): string {
  const detail = e.kind === 'CONFERENCE' && e.detail ? formatDate(e.detail, language) : (e.detail ?? '');
  const status = e.referralStatus ? t(`cases.timeline.referralStep.${e.referralStatus}`) : '';
  return t(`cases.timeline.entry.${e.kind}`, { detail, status, count: e.count ?? 0, defaultValue: e.label });
}
