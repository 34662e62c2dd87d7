// Query parameters of the HSDS endpoints, checked one by one so a 400 names the one that is wrong.
import { isNeedsDomain, needsDomainOfTerm, type NeedsDomain } from '@ieum/domain';

export class BadParameter extends Error {
  constructor(
    readonly parameter: string,
    message: string,
  ) {
    super(message);
  }
}

export const PAGE_SIZE = { default: 50, max: 200 } as const;
const MAX_PAGE = 100_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface Paging {
  page: number;
  perPage: number;
}
export interface ServiceQuery extends Paging {
  search: string | null;
  needsDomain: NeedsDomain | null;
  organizationId: string | null;
  modifiedAfter: Date | null;
}

type Raw = Record<string, unknown>;

function one(raw: Raw, name: string): string | null {
  const v = raw[name];
  if (v === undefined) return null;
  if (typeof v !== 'string') throw new BadParameter(name, `Give ${name} once.`);
  return v;
}

function whole(raw: Raw, name: string, min: number, max: number, fallback: number): number {
  const v = one(raw, name);
  if (v === null) return fallback;
  if (!/^\d+$/.test(v) || Number(v) < min || Number(v) > max)
    throw new BadParameter(name, `${name} is a whole number from ${min} to ${max}.`);
  return Number(v);
}

/** Refuses a parameter the endpoint does not know, rather than answering as if it were not sent. */
function only(raw: Raw, known: readonly string[]) {
  const unknown = Object.keys(raw).find((k) => !known.includes(k));
  if (unknown)
    throw new BadParameter(unknown, `Unknown parameter ${unknown}; this endpoint takes ${known.join(', ')}.`);
}

const PAGING = ['page', 'per_page'] as const;

export function pagingOf(raw: Raw, extra: readonly string[] = []): Paging {
  only(raw, [...PAGING, ...extra]);
  return {
    page: whole(raw, 'page', 1, MAX_PAGE, 1),
    perPage: whole(raw, 'per_page', 1, PAGE_SIZE.max, PAGE_SIZE.default),
  };
}

export function uuidOf(raw: Raw, name: string): string | null {
  const v = one(raw, name);
  if (v !== null && !UUID.test(v)) throw new BadParameter(name, `${name} is a UUID.`);
  return v?.toLowerCase() ?? null;
}

export function serviceQueryOf(raw: Raw): ServiceQuery {
  const paging = pagingOf(raw, ['search', 'taxonomy_term_id', 'organization_id', 'modified_after']);
  const search = one(raw, 'search')?.trim() ?? '';
  if (search.length > 100) throw new BadParameter('search', 'search is at most 100 characters.');
  // A needs domain by its term's id (as HSDS links them) or by its code ('HEALTH').
  const term = one(raw, 'taxonomy_term_id');
  const needsDomain =
    term === null ? null : (needsDomainOfTerm(term.toLowerCase()) ?? (isNeedsDomain(term) ? term : null));
  if (term !== null && !needsDomain)
    throw new BadParameter(
      'taxonomy_term_id',
      'taxonomy_term_id is one of the needs-domain terms (GET /hsds/taxonomy_terms).',
    );
  const after = one(raw, 'modified_after');
  let modifiedAfter: Date | null = null;
  if (after !== null) {
    modifiedAfter = /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(after)
      ? new Date(after)
      : null;
    if (!modifiedAfter || Number.isNaN(modifiedAfter.getTime()))
      throw new BadParameter('modified_after', 'modified_after is a date or date-time (ISO 8601).');
  }
  return {
    ...paging,
    search: search || null,
    needsDomain,
    organizationId: uuidOf(raw, 'organization_id'),
    modifiedAfter,
  };
}

/** The HSDS page envelope around one page of `contents`. */
export function hsdsPage<T>(contents: T[], total: number, { page, perPage }: Paging) {
  const totalPages = Math.ceil(total / perPage);
  return {
    total_items: total,
    total_pages: totalPages,
    page_number: page,
    size: perPage,
    first_page: page === 1,
    last_page: page >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}
