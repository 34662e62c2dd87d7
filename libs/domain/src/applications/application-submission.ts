// Who may take an application for which programme, and how the applicant is identified.
// - A public worker of the household's own area: any programme, naming the household.
// - A public worker anywhere else (전국 단위 신청): only nationwide programmes, and only for an
//   applicant who is present and identified by 주민등록번호, so no one browses other areas' households.
// - A private agency (민간기관 신청 대행): on the resident's behalf, only the listed services, and only
//   under an active consent naming the agency for that household that covers its basic information
//   (개인정보 보호법 제17조제1항제1호: the application hands the agency's knowledge of the household on).
import { isConsentActive, type ConsentRecord } from '../consent/consent-policy';
import type { FieldProblem } from '../validation/validation-rule';
import { programmeFacts, type ApplicationProgramme } from './application-programmes';

export const APPLICATION_NOTE_MAX = 2000;

export interface SubmissionFacts {
  programme: ApplicationProgramme;
  agency: { id: string; sector: 'PUBLIC' | 'PRIVATE' };
  /** The household's home 읍면동 lies in a public worker's own area (always false for a private agency). */
  inArea: boolean;
  identifiedBy: 'HOUSEHOLD' | 'RRN';
  onBehalf: boolean;
  householdId: string;
  /** The consent the input named, as stored, or null when none was named or it does not exist. */
  consent: ConsentRecord | null;
  consentNamed: boolean;
  /** ISO instant with offset: when the application is taken. */
  at: string;
}

export type SubmissionProblem =
  | ({ code: 'VALIDATION'; field: 'onBehalf' | 'consentId' | 'applicantRrn' } & Omit<FieldProblem, 'field'>)
  | { code: 'FORBIDDEN'; field: 'householdId' | 'programme'; message: string }
  | { code: 'NOT_NATIONWIDE'; field: 'programme'; message: string }
  | { code: 'NO_CONSENT'; field: 'consentId'; message: string };

/** The first reason the application may not be taken, or null when it may. */
export function checkSubmission(f: SubmissionFacts): SubmissionProblem | null {
  const facts = programmeFacts(f.programme);
  if (f.agency.sector === 'PRIVATE') {
    if (!f.onBehalf)
      return {
        code: 'VALIDATION',
        field: 'onBehalf',
        rule: 'MUST_BE_CONFIRMED',
        message: 'a private agency applies on the resident’s behalf (onBehalf: true)',
      };
    if (f.identifiedBy !== 'HOUSEHOLD')
      return {
        code: 'VALIDATION',
        field: 'applicantRrn',
        rule: 'NOT_ALLOWED_VALUE',
        message: 'a private agency names the household its consent is for (householdId)',
      };
    if (!facts.onBehalfAllowed)
      return {
        code: 'FORBIDDEN',
        field: 'programme',
        message: `${facts.ko} is not among the services a private agency may apply for (민간기관 신청 대행)`,
      };
    const c = f.consent;
    const covers =
      c !== null &&
      c.granteeAgencyId === f.agency.id &&
      c.householdId === f.householdId &&
      c.scopes.includes('BASIC') &&
      isConsentActive(c, f.at);
    if (!covers)
      return {
        code: 'NO_CONSENT',
        field: 'consentId',
        message: 'no active consent of this household names your agency for its basic information',
      };
    return null;
  }
  if (f.onBehalf)
    return {
      code: 'VALIDATION',
      field: 'onBehalf',
      rule: 'NOT_ALLOWED_VALUE',
      message: 'a public centre takes the application itself; onBehalf is for private agencies',
    };
  if (f.consentNamed)
    return {
      code: 'VALIDATION',
      field: 'consentId',
      rule: 'NOT_ALLOWED_VALUE',
      message: 'a consent is named only by a private agency applying on the resident’s behalf',
    };
  if (f.inArea) return null;
  if (f.identifiedBy === 'HOUSEHOLD')
    return {
      code: 'FORBIDDEN',
      field: 'householdId',
      message: 'outside your area, identify the applicant who is present by 주민등록번호',
    };
  if (!facts.nationwide)
    return {
      code: 'NOT_NATIONWIDE',
      field: 'programme',
      message: `${facts.ko} is applied for at the household's home 읍면동`,
    };
  return null;
}
