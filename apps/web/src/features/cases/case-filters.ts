import type { CaseFilter, CaseStatus } from '../../generated/graphql';

export const CASE_STATUSES: readonly CaseStatus[] = ['OPEN', 'CLOSED'];
/** The stall lengths the filter offers, in days. */
export const STALLED_CHOICES = [14, 30, 60, 90] as const;

/** The case list's filters as the URL keeps them (?status=&mine=1&dong=&worker=&overdue=1&stalled=30). */
export interface CaseFilterForm {
  status: CaseStatus | '';
  mine: boolean;
  dong: string;
  worker: string;
  overdue: boolean;
  stalled: string;
}

export function caseFiltersFromParams(params: URLSearchParams, district: boolean): CaseFilterForm {
  const status = params.get('status');
  const stalled = params.get('stalled') ?? '';
  return {
    status: CASE_STATUSES.includes(status as CaseStatus) ? (status as CaseStatus) : '',
    mine: params.get('mine') === '1',
    // 동 and worker narrow a district: only a supervisor has them.
    dong: district ? (params.get('dong') ?? '') : '',
    worker: district ? (params.get('worker') ?? '') : '',
    overdue: params.get('overdue') === '1',
    stalled: /^[1-9][0-9]{0,3}$/.test(stalled) ? stalled : '',
  };
}

/** The URL of a filter form: only what is set, and no paging or sort (kept by the caller). */
export function caseFiltersToParams(form: CaseFilterForm): URLSearchParams {
  const next = new URLSearchParams();
  if (form.status) next.set('status', form.status);
  if (form.mine) next.set('mine', '1');
  if (form.dong) next.set('dong', form.dong);
  if (form.worker) next.set('worker', form.worker);
  if (form.overdue) next.set('overdue', '1');
  if (form.stalled) next.set('stalled', form.stalled);
  return next;
}

/** The API's CaseFilter for a form. */
export function caseFilterOf(form: CaseFilterForm): CaseFilter {
  return {
    ...(form.status ? { status: form.status } : {}),
    ...(form.mine ? { mine: true } : {}),
    ...(form.dong ? { regionCode: form.dong } : {}),
    ...(form.worker ? { responsibleUserId: form.worker } : {}),
    ...(form.overdue ? { overdue: true } : {}),
    ...(form.stalled ? { stalledDays: Number(form.stalled) } : {}),
  };
}
