import { isIsoDate } from '@ieum/domain';

/** The dashboard's period as the URL keeps it (?from=2026-01-01&to=2026-01-31), when whole and in order. */
export function periodFromParams(params: URLSearchParams): { from: string; to: string } | null {
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  return isIsoDate(from) && isIsoDate(to) && from <= to ? { from, to } : null;
}

/** The URL with this period (null: all time), the rest kept. */
export function putPeriodInParams(
  params: URLSearchParams,
  period: { from: string; to: string } | null,
): URLSearchParams {
  const next = new URLSearchParams(params);
  next.delete('from');
  next.delete('to');
  if (period) {
    next.set('from', period.from);
    next.set('to', period.to);
  }
  return next;
}

/** A share (0.6667) as a percentage with one decimal ('66.7%'), or null when there is none. */
export function percentOf(rate: number | null | undefined): string | null {
  if (rate === null || rate === undefined) return null;
  return `${Math.round(rate * 1000) / 10}%`;
}
