import { describe, expect, it } from 'vitest';
import type { ConsentRecord } from '../consent/consent-policy';
import {
  APPLICATION_PROGRAMME_FACTS,
  APPLICATION_PROGRAMMES,
  isApplicationProgramme,
  type ApplicationProgramme,
} from './application-programmes';
import { checkSubmission, type SubmissionFacts } from './application-submission';
import { PROGRAMMES } from '../benefits/programme';

const AGENCY = '00000000-0000-4000-8000-00000000000a';
const HOUSEHOLD = '00000000-0000-4000-8000-0000000000b1';
const AT = '2026-03-02T10:00:00+09:00';
const consent = (over: Partial<ConsentRecord> = {}): ConsentRecord => ({
  id: 'c1',
  householdId: HOUSEHOLD,
  granteeAgencyId: AGENCY,
  scopes: ['BASIC'],
  purpose: '신청 대행',
  validFrom: '2026-01-01',
  validUntil: '2026-12-31',
  withdrawnAt: null,
  refusalRightNotified: true,
  ...over,
});
const publicWorker = (over: Partial<SubmissionFacts>): SubmissionFacts => ({
  programme: 'LIVELIHOOD',
  agency: { id: AGENCY, sector: 'PUBLIC' },
  inArea: true,
  identifiedBy: 'HOUSEHOLD',
  onBehalf: false,
  householdId: HOUSEHOLD,
  consent: null,
  consentNamed: false,
  at: AT,
  ...over,
});
const privateAgency = (over: Partial<SubmissionFacts>): SubmissionFacts =>
  publicWorker({
    agency: { id: AGENCY, sector: 'PRIVATE' },
    inArea: false,
    programme: 'SENIOR_CUSTOMIZED_CARE',
    onBehalf: true,
    consent: consent(),
    consentNamed: true,
    ...over,
  });

describe('application programmes', () => {
  it('names every engine programme under the engine’s own name', () => {
    for (const p of PROGRAMMES) {
      expect(isApplicationProgramme(p)).toBe(true);
      expect(APPLICATION_PROGRAMME_FACTS[p].engine).toBe(true);
    }
  });

  it.each<[string, boolean]>([
    ['CHILDCARE_FEE', true],
    ['EARLY_EDUCATION_FEE', true],
    ['HOME_CARE_ALLOWANCE', true],
    ['CHILD_CARE_SERVICE', true],
    ['PARENT_BENEFIT', true],
    ['CHILD_ALLOWANCE', true],
    ['BASIC_PENSION', true],
    ['DISABILITY_PENSION', true],
    ['FUNERAL_BENEFIT', true],
    ['CHILDBIRTH_BENEFIT', true],
    ['DISABILITY_ALLOWANCE', true],
    ['LIVELIHOOD', false],
    ['MEDICAL', false],
    ['HOUSING', false],
    ['EDUCATION', false],
    ['EMERGENCY_LIVELIHOOD', false],
    ['SENIOR_CUSTOMIZED_CARE', false],
  ])('%s nationwide: %s (전국 단위 신청)', (p, nationwide) => {
    expect(APPLICATION_PROGRAMME_FACTS[p as ApplicationProgramme].nationwide).toBe(nationwide);
  });

  it('lets private agencies apply for exactly the seven 민간기관 신청 대행 services', () => {
    expect(APPLICATION_PROGRAMMES.filter((p) => APPLICATION_PROGRAMME_FACTS[p].onBehalfAllowed)).toEqual([
      'SENIOR_CUSTOMIZED_CARE',
      'SENIOR_JOBS',
      'DISABLED_WOMEN_ACTIVITY_SUPPORT',
      'LANGUAGE_DEVELOPMENT_SUPPORT',
      'DISABLED_CHILD_FAMILY_SUPPORT',
      'DISABLED_WOMEN_CHILDBIRTH_SUPPORT',
      'CANCER_PATIENT_MEDICAL_SUPPORT',
    ]);
  });

  it('refuses names it does not know', () => {
    expect(isApplicationProgramme('toString')).toBe(false);
    expect(isApplicationProgramme('UNKNOWN')).toBe(false);
  });
});

describe('checkSubmission', () => {
  it.each<[string, SubmissionFacts]>([
    ['a worker of the area, any programme, by household', publicWorker({})],
    ['a worker of the area, by 주민등록번호', publicWorker({ identifiedBy: 'RRN' })],
    [
      'a worker elsewhere, a nationwide programme, by 주민등록번호',
      publicWorker({ inArea: false, identifiedBy: 'RRN', programme: 'BASIC_PENSION' }),
    ],
    ['an agency with an active consent for a listed service', privateAgency({})],
    [
      'an agency whose consent covers more than BASIC',
      privateAgency({ consent: consent({ scopes: ['HEALTH', 'BASIC'] }) }),
    ],
    ['an agency on the consent’s last day', privateAgency({ at: '2026-12-31T23:59:00+09:00' })],
  ])('takes %s', (_, facts) => {
    expect(checkSubmission(facts)).toBeNull();
  });

  it.each<[string, SubmissionFacts, string, string]>([
    [
      'a worker elsewhere, a programme of the home 읍면동',
      publicWorker({ inArea: false, identifiedBy: 'RRN', programme: 'LIVELIHOOD' }),
      'NOT_NATIONWIDE',
      'programme',
    ],
    [
      'a worker elsewhere naming a household instead of the person present',
      publicWorker({ inArea: false, programme: 'BASIC_PENSION' }),
      'FORBIDDEN',
      'householdId',
    ],
    ['a public worker claiming to act on behalf', publicWorker({ onBehalf: true }), 'VALIDATION', 'onBehalf'],
    ['a public worker naming a consent', publicWorker({ consentNamed: true }), 'VALIDATION', 'consentId'],
    ['an agency not acting on behalf', privateAgency({ onBehalf: false }), 'VALIDATION', 'onBehalf'],
    ['an agency by 주민등록번호', privateAgency({ identifiedBy: 'RRN' }), 'VALIDATION', 'applicantRrn'],
    [
      'an agency for a programme not listed',
      privateAgency({ programme: 'LIVELIHOOD' }),
      'FORBIDDEN',
      'programme',
    ],
    [
      'an agency without a consent',
      privateAgency({ consent: null, consentNamed: false }),
      'NO_CONSENT',
      'consentId',
    ],
    [
      'an agency with a withdrawn consent',
      privateAgency({ consent: consent({ withdrawnAt: '2026-03-01T00:00:00Z' }) }),
      'NO_CONSENT',
      'consentId',
    ],
    [
      'an agency with an expired consent',
      privateAgency({ at: '2027-01-01T00:00:00+09:00' }),
      'NO_CONSENT',
      'consentId',
    ],
    [
      'an agency with another agency’s consent',
      privateAgency({ consent: consent({ granteeAgencyId: 'other' }) }),
      'NO_CONSENT',
      'consentId',
    ],
    [
      'an agency with another household’s consent',
      privateAgency({ consent: consent({ householdId: 'other' }) }),
      'NO_CONSENT',
      'consentId',
    ],
    [
      'an agency whose consent lacks BASIC',
      privateAgency({ consent: consent({ scopes: ['HEALTH'] }) }),
      'NO_CONSENT',
      'consentId',
    ],
  ])('refuses %s', (_, facts, code, field) => {
    expect(checkSubmission(facts)).toMatchObject({ code, field });
  });
});
