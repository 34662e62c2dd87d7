// Open Referral HSDS 3.1 (libs/db/data/hsds-3.1-schema): a 복지자원 as an HSDS service and back.
// An agency is an organization, the place it is given a physical location with its address, the
// regions it serves service areas (행정기관코드 in `extent`), opening hours weekly schedules in Korea
// time, places a service capacity, and the ten needs domains a taxonomy whose terms the service's
// attributes name. Ids are stable: a service's id is its resource's, an organization's its agency's,
// and every other id is a name-based UUID (RFC 4122 version 5, in HSDS_ID_NAMESPACE) of what it
// describes ('phone/<resource id>'), so an export imported again changes nothing.
import { NEEDS_DOMAIN_LABELS, NEEDS_DOMAINS, type NeedsDomain } from '../cases/case-rules';
import { AGENCY_KIND_LABELS, isAgencyKind } from '../agencies/agency-kind';
import {
  WEEKDAYS,
  type OpeningHours,
  type ResourceCriteria,
  type ResourceInput,
  type Weekday,
} from '../resources/resource-rules';
import type { FieldProblem, ValidationRule } from '../validation/validation-rule';

/** Ieum's own namespace for name-based HSDS ids (chosen once; never change it). */
export const HSDS_ID_NAMESPACE = 'e34f2494-66cf-4cab-bbbd-c2ecace56bde';

/** The version-5 UUID of a name in HSDS_ID_NAMESPACE; hashing is the caller's (apps/api). */
export type HsdsIdOf = (name: string) => string;

// Partners store these ids, so they are written out: each is the version-5 UUID of its name
// ('taxonomy/needs-domains', 'unit/places', 'taxonomy_term/<domain>'); an API test recomputes them.
export const NEEDS_TAXONOMY_ID = '08df890c-a0d6-5dcb-8230-249a9430ee66';
export const PLACES_UNIT_ID = '31c1994b-b1b2-5322-8fa1-fce2ef8c22d0';
export const NEEDS_DOMAIN_TERM_IDS: Readonly<Record<NeedsDomain, string>> = {
  SAFETY: '6218ad59-34d2-5179-8e46-ee944cdc7f00',
  HEALTH: '3c4bb70b-375b-561f-b0ae-6067357cefe9',
  DAILY_LIVING: 'd0f0141e-6527-5a65-9610-305ce50d5b4e',
  FAMILY_RELATIONS: '3a6f6ee6-082b-5694-bb45-b353d696e9a4',
  SOCIAL_RELATIONS: 'c56d2b07-17cb-56e8-a5bc-e5d1ff386b92',
  ECONOMY: '09adcbf8-c079-58e6-98a3-223e379cadc7',
  EDUCATION: 'bea0797b-d036-58ca-b4b0-e95fa503e636',
  EMPLOYMENT: '8618d55f-82e2-5ff1-9784-213b8686e8dd',
  LIVING_ENVIRONMENT: '5b1a1ca3-6da4-5c57-8e58-b2996bf17040',
  RIGHTS_PROTECTION: 'd13b3b60-27c2-5fe4-859e-eb3eb8c1a2de',
};
/** What a location's external_identifier and a service area's extent hold. */
export const REGION_CODE_SCHEME = '행정기관코드';
/** Opening hours are Korea time (UTC+9) throughout. */
const KOREA_OFFSET = '+09:00';

export const needsDomainTermId = (domain: NeedsDomain) => NEEDS_DOMAIN_TERM_IDS[domain];
const TERM_DOMAIN = new Map(NEEDS_DOMAINS.map((d) => [needsDomainTermId(d), d]));
export const needsDomainOfTerm = (termId: string): NeedsDomain | null => TERM_DOMAIN.get(termId) ?? null;

// The objects, as far as Ieum writes and reads them (the schemas allow more).
export interface HsdsTaxonomy {
  id: string;
  name: string;
  description: string;
  version?: string;
}
export interface HsdsTaxonomyTerm {
  id: string;
  code: string;
  name: string;
  description: string;
  taxonomy_id: string;
  taxonomy: string;
  language: string;
}
export interface HsdsOrganization {
  id: string;
  name: string;
  description: string;
}
export interface HsdsPhone {
  id: string;
  service_id?: string;
  number: string;
  type?: string;
}
export interface HsdsSchedule {
  id: string;
  service_id?: string;
  freq?: string;
  wkst?: string;
  byday?: string;
  opens_at?: string;
  closes_at?: string;
  timezone?: number;
}
export interface HsdsServiceArea {
  id: string;
  service_id?: string;
  name?: string;
  extent?: string;
  extent_type?: string;
}
export interface HsdsAddress {
  id: string;
  location_id?: string;
  address_1: string;
  address_2?: string;
  city: string;
  region?: string;
  state_province: string;
  postal_code: string;
  country: string;
  address_type: string;
}
export interface HsdsLocation {
  id: string;
  location_type: string;
  organization_id?: string;
  name?: string;
  external_identifier?: string;
  external_identifier_type?: string;
  addresses?: HsdsAddress[];
}
export interface HsdsServiceAtLocation {
  id: string;
  service_id?: string;
  location_id?: string;
  location?: HsdsLocation;
}
export interface HsdsAttribute {
  id: string;
  link_id?: string;
  link_type?: string;
  link_entity?: string;
  taxonomy_term_id?: string;
  label?: string;
  taxonomy_term?: Partial<HsdsTaxonomyTerm>;
}
export interface HsdsCapacity {
  id: string;
  service_id?: string;
  unit: { id: string; name: string };
  unit_id?: string;
  available: number;
  maximum?: number;
  updated: string;
}
export interface HsdsService {
  id: string;
  organization_id?: string;
  name: string;
  alternate_name?: string;
  description?: string;
  url?: string;
  email?: string;
  status: string;
  application_process?: string;
  fees_description?: string;
  eligibility_description?: string;
  minimum_age?: number;
  maximum_age?: number;
  assured_date?: string;
  last_modified?: string;
  organization?: HsdsOrganization;
  phones?: HsdsPhone[];
  schedules?: HsdsSchedule[];
  service_areas?: HsdsServiceArea[];
  service_at_locations?: HsdsServiceAtLocation[];
  capacities?: HsdsCapacity[];
  attributes?: HsdsAttribute[];
}

export const NEEDS_TAXONOMY: HsdsTaxonomy = {
  id: NEEDS_TAXONOMY_ID,
  name: '통합사례관리 욕구 영역 (needs domains of integrated case management)',
  description:
    '통합사례관리의 10개 욕구 영역: 안전, 건강, 일상생활유지, 가족관계, 사회적관계, 경제, 교육, 고용, 생활환경, 권익보장.',
  version: '1',
};

export function needsDomainTerm(domain: NeedsDomain): HsdsTaxonomyTerm {
  return {
    id: needsDomainTermId(domain),
    code: domain,
    name: NEEDS_DOMAIN_LABELS[domain].ko,
    description: NEEDS_DOMAIN_LABELS[domain].en,
    taxonomy_id: NEEDS_TAXONOMY_ID,
    taxonomy: NEEDS_TAXONOMY.name,
    language: 'ko',
  };
}
export const NEEDS_TAXONOMY_TERMS: readonly HsdsTaxonomyTerm[] = NEEDS_DOMAINS.map(needsDomainTerm);

// What the exchange reads of a stored resource and its agency.
export interface HsdsResourceSource {
  id: string;
  agencyId: string;
  name: string;
  description: string;
  needsDomains: readonly string[];
  serviceAreaCodes: readonly string[];
  address: string;
  regionCode: string;
  eligibility: string;
  criteria: ResourceCriteria | null;
  fee: string;
  howToApply: string;
  phone: string | null;
  email: string | null;
  url: string | null;
  capacityTotal: number | null;
  capacityAvailable: number | null;
  hours: readonly OpeningHours[];
  status: string;
  assuredOn: string;
  /** ISO date-time of the last change. */
  updatedAt: string;
}
export interface HsdsAgencySource {
  id: string;
  name: string;
  kind: string;
}
/** A region with its own and its parents' names, for addresses and service areas. */
export interface HsdsRegionNames {
  name: string;
  fullName: string;
  sido: string;
  sigungu: string;
}

const HSDS_STATUS: Record<string, string> = {
  PUBLISHED: 'active',
  SUSPENDED: 'temporarily closed',
  DRAFT: 'inactive',
};
// 'defunct' (closed for good) is kept as a suspended entry its agency may still read.
const RESOURCE_STATUS: Record<string, string> = {
  active: 'PUBLISHED',
  'temporarily closed': 'SUSPENDED',
  inactive: 'DRAFT',
  defunct: 'SUSPENDED',
};

const DAY: Record<Weekday, string> = {
  MON: 'MO',
  TUE: 'TU',
  WED: 'WE',
  THU: 'TH',
  FRI: 'FR',
  SAT: 'SA',
  SUN: 'SU',
};
const WEEKDAY_OF = new Map(WEEKDAYS.map((w) => [DAY[w], w]));

export function hsdsOrganization(agency: HsdsAgencySource): HsdsOrganization {
  const kind = isAgencyKind(agency.kind) ? AGENCY_KIND_LABELS[agency.kind] : null;
  return {
    id: agency.id,
    name: agency.name,
    description: kind ? `${kind.ko} (${kind.en})` : agency.kind,
  };
}

// HSDS has no nulls: a field without a value is left out (the schemas type every field, e.g. a string).
type Present<T> = { [K in keyof T]: Exclude<T[K], null> };
const withText = <T extends object>(o: T): Present<T> =>
  Object.fromEntries(
    Object.entries(o).filter(([, v]) => v !== null && v !== undefined && v !== ''),
  ) as Present<T>;

export function hsdsLocation(
  r: HsdsResourceSource,
  regions: ReadonlyMap<string, HsdsRegionNames>,
  hsdsId: HsdsIdOf,
): HsdsLocation {
  const id = hsdsId(`location/${r.id}`);
  const place = regions.get(r.regionCode);
  return withText({
    id,
    location_type: 'physical',
    organization_id: r.agencyId,
    name: r.name,
    external_identifier: r.regionCode,
    external_identifier_type: REGION_CODE_SCHEME,
    addresses: [
      // HSDS requires city, province and postal code; the directory keeps no postal code, so it is empty.
      {
        id: hsdsId(`address/${r.id}`),
        location_id: id,
        address_1: r.address,
        city: place?.sigungu ?? '',
        ...(place ? { region: place.name } : {}),
        state_province: place?.sido ?? '',
        postal_code: '',
        country: 'KR',
        address_type: 'physical',
      },
    ],
  });
}

/** A resource as an HSDS service; `agency` adds the nested organization. */
export function hsdsService(
  r: HsdsResourceSource,
  regions: ReadonlyMap<string, HsdsRegionNames>,
  hsdsId: HsdsIdOf,
  agency?: HsdsAgencySource,
): HsdsService {
  const location = hsdsLocation(r, regions, hsdsId);
  const domains = r.needsDomains.filter((d): d is NeedsDomain =>
    (NEEDS_DOMAINS as readonly string[]).includes(d),
  );
  return withText({
    id: r.id,
    organization_id: r.agencyId,
    name: r.name,
    description: r.description,
    url: r.url,
    email: r.email,
    status: HSDS_STATUS[r.status] ?? 'inactive',
    application_process: r.howToApply,
    fees_description: r.fee,
    eligibility_description: r.eligibility,
    minimum_age: r.criteria?.minAge ?? undefined,
    maximum_age: r.criteria?.maxAge ?? undefined,
    assured_date: r.assuredOn,
    last_modified: r.updatedAt,
    organization: agency ? hsdsOrganization(agency) : undefined,
    phones: r.phone
      ? [{ id: hsdsId(`phone/${r.id}`), service_id: r.id, number: r.phone, type: 'voice' }]
      : [],
    // One weekly schedule per opening time, in the order they are kept.
    schedules: r.hours.map((h, i) => ({
      id: hsdsId(`schedule/${r.id}/${i}`),
      service_id: r.id,
      freq: 'WEEKLY',
      wkst: 'MO',
      byday: DAY[h.weekday],
      opens_at: `${h.opens}${KOREA_OFFSET}`,
      closes_at: `${h.closes}${KOREA_OFFSET}`,
      timezone: 9,
    })),
    service_areas: r.serviceAreaCodes.map((code) =>
      withText({
        id: hsdsId(`service_area/${r.id}/${code}`),
        service_id: r.id,
        name: regions.get(code)?.fullName,
        extent: code,
        extent_type: 'text',
      }),
    ),
    service_at_locations: [
      { id: hsdsId(`service_at_location/${r.id}`), service_id: r.id, location_id: location.id, location },
    ],
    capacities:
      r.capacityTotal === null
        ? []
        : [
            {
              id: hsdsId(`service_capacity/${r.id}`),
              service_id: r.id,
              unit: { id: PLACES_UNIT_ID, name: '자리 (places)' },
              unit_id: PLACES_UNIT_ID,
              available: r.capacityAvailable ?? r.capacityTotal,
              maximum: r.capacityTotal,
              updated: r.updatedAt,
            },
          ],
    attributes: domains.map((d) => ({
      id: hsdsId(`attribute/${r.id}/${d}`),
      link_id: r.id,
      link_type: 'needs_domain',
      link_entity: 'service',
      taxonomy_term_id: needsDomainTermId(d),
      label: NEEDS_DOMAIN_LABELS[d].ko,
      taxonomy_term: needsDomainTerm(d),
    })),
  });
}

/** A refused part of an imported object, at its JSON pointer inside that object ('/schedules/2/closes_at'). */
export interface HsdsFault {
  pointer: string;
  rule: ValidationRule;
  message: string;
}

/** The fields HSDS does not carry, kept from the stored resource when one is updated. */
export interface HsdsKeptFields {
  criteria: ResourceCriteria | null;
  exclusiveCategory: string | null;
}

export interface HsdsImportedService {
  input: ResourceInput;
  /** Where each of our fields came from, to place checkResourceInput's problems. */
  pointers: ReadonlyMap<string, string>;
  faults: HsdsFault[];
}

const TIME_IN = /^(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * A schema-valid HSDS service as resource input, with the faults that HSDS allows but Ieum cannot
 * keep (a schedule by month, times in another zone, a service area without a region code).
 */
export function resourceInputFromHsds(s: HsdsService, kept: HsdsKeptFields | null): HsdsImportedService {
  const pointers = new Map<string, string>();
  const faults: HsdsFault[] = [];
  const fault = (pointer: string, rule: ValidationRule, message: string) =>
    faults.push({ pointer, rule, message });
  const from = (field: string, pointer: string) => pointers.set(field, pointer);
  for (const [field, pointer] of [
    ['name', '/name'],
    ['description', '/description'],
    ['eligibility', '/eligibility_description'],
    ['fee', '/fees_description'],
    ['howToApply', '/application_process'],
    ['email', '/email'],
    ['url', '/url'],
    ['status', '/status'],
    ['needsDomains', '/attributes'],
    ['serviceAreaCodes', '/service_areas'],
    ['hours', '/schedules'],
    ['regionCode', '/service_at_locations'],
    ['address', '/service_at_locations'],
    ['criteria.minAge', '/minimum_age'],
    ['criteria.maxAge', '/maximum_age'],
    ['criteria', '/minimum_age'],
  ])
    from(field, pointer);

  const needsDomains: string[] = [];
  (s.attributes ?? []).forEach((a, j) => {
    const byId = a.taxonomy_term_id ? needsDomainOfTerm(a.taxonomy_term_id) : null;
    const byCode =
      a.taxonomy_term?.taxonomy_id === NEEDS_TAXONOMY_ID && a.taxonomy_term.code
        ? a.taxonomy_term.code
        : null;
    const domain = byId ?? byCode;
    if (!domain) return; // an attribute of another taxonomy: not ours to keep
    from(`needsDomains.${needsDomains.length}`, `/attributes/${j}/taxonomy_term_id`);
    needsDomains.push(domain);
  });

  const serviceAreaCodes: string[] = [];
  (s.service_areas ?? []).forEach((a, k) => {
    const code = a.extent?.trim() ?? '';
    if (!/^\d{10}$/.test(code)) {
      fault(
        `/service_areas/${k}/extent`,
        'INVALID_FORMAT',
        `A service area's extent is its ${REGION_CODE_SCHEME} (10 digits).`,
      );
      return;
    }
    from(`serviceAreaCodes.${serviceAreaCodes.length}`, `/service_areas/${k}/extent`);
    serviceAreaCodes.push(code);
  });

  const location = s.service_at_locations?.[0]?.location;
  const at = '/service_at_locations/0/location';
  let regionCode = '';
  let address = '';
  if (location) {
    regionCode = location.external_identifier?.trim() ?? '';
    from('regionCode', `${at}/external_identifier`);
    const a = location.addresses?.[0];
    if (a) {
      address = [a.address_1, a.address_2].filter(Boolean).join(' ');
      from('address', `${at}/addresses/0/address_1`);
    }
  }

  const hours: OpeningHours[] = [];
  (s.schedules ?? []).forEach((sc, k) => {
    const p = `/schedules/${k}`;
    if (sc.freq && sc.freq !== 'WEEKLY')
      return fault(`${p}/freq`, 'NOT_ALLOWED_VALUE', 'Opening hours repeat weekly.');
    const opens = koreaTime(sc.opens_at, `${p}/opens_at`, fault);
    const closes = koreaTime(sc.closes_at, `${p}/closes_at`, fault);
    const days = (sc.byday ?? '').split(',').map((d) => d.trim());
    days.forEach((d) => {
      const weekday = WEEKDAY_OF.get(d);
      if (!weekday) return fault(`${p}/byday`, 'NOT_ALLOWED_VALUE', 'Weekdays as MO,TU,WE,TH,FR,SA,SU.');
      if (opens === null || closes === null) return;
      const i = hours.length;
      from(`hours.${i}.weekday`, `${p}/byday`);
      from(`hours.${i}.opens`, `${p}/opens_at`);
      from(`hours.${i}.closes`, `${p}/closes_at`);
      hours.push({ weekday, opens, closes });
    });
  });

  const phone = s.phones?.[0]?.number ?? null;
  if (phone !== null) from('phone', '/phones/0/number');
  const capacity = s.capacities?.[0];
  let capacityTotal: number | null = null;
  if (capacity) {
    capacityTotal = capacity.maximum ?? capacity.available;
    from(
      'capacityTotal',
      capacity.maximum === undefined ? '/capacities/0/available' : '/capacities/0/maximum',
    );
  }

  // Ages come from HSDS; the other criteria stay as the agency set them.
  const criteria: ResourceCriteria = { ...(kept?.criteria ?? {}) };
  delete criteria.minAge;
  delete criteria.maxAge;
  if (s.minimum_age !== undefined) criteria.minAge = s.minimum_age;
  if (s.maximum_age !== undefined) criteria.maxAge = s.maximum_age;
  const hasCriteria = Object.values(criteria).some((v) => v !== null && v !== undefined);

  return {
    input: {
      name: s.name,
      description: s.description ?? '',
      needsDomains,
      serviceAreaCodes,
      address,
      regionCode,
      eligibility: s.eligibility_description ?? '',
      criteria: hasCriteria ? criteria : null,
      fee: s.fees_description ?? '',
      howToApply: s.application_process ?? '',
      phone,
      email: s.email ?? null,
      url: s.url ?? null,
      capacityTotal,
      hours,
      exclusiveCategory: kept?.exclusiveCategory ?? null,
      status: RESOURCE_STATUS[s.status] ?? 'DRAFT',
    },
    pointers,
    faults,
  };
}

// 'HH:MM' in Korea from an HSDS time ('09:00', '09:00:00', '09:00+09:00'); another zone is refused
// rather than shifted, since shifting can move the hours to another day.
function koreaTime(
  raw: string | undefined,
  pointer: string,
  fault: (pointer: string, rule: ValidationRule, message: string) => void,
): string | null {
  if (!raw) {
    fault(pointer, 'REQUIRED', 'Give the time (HH:MM, Korea time).');
    return null;
  }
  const m = TIME_IN.exec(raw.trim());
  if (!m) {
    fault(pointer, 'INVALID_FORMAT', "A time such as '09:00' or '09:00+09:00'.");
    return null;
  }
  const zone = m[3];
  if (zone && zone.replace(':', '') !== '+0900') {
    fault(pointer, 'NOT_ALLOWED_VALUE', 'Opening hours are given in Korea time (+09:00).');
    return null;
  }
  return `${m[1]}:${m[2]}`;
}

/** The pointer of a problem checkResourceInput found, from the nearest field the import mapped. */
export function hsdsPointerOf(problem: FieldProblem, pointers: ReadonlyMap<string, string>): string {
  let field = problem.field ?? '';
  while (field) {
    const pointer = pointers.get(field);
    if (pointer !== undefined) return pointer;
    field = field.includes('.') ? field.slice(0, field.lastIndexOf('.')) : '';
  }
  return '';
}
