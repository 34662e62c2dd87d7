import type { NeedsDomain } from '@ieum/domain';
import type { TFunction } from 'i18next';

// Programmes arrive as the API's enum; new ones (장애인연금, 긴급복지지원, …) are added there first,
// so every lookup here has a fallback and the page shows whatever `results` holds.

/** The needs domain (욕구 영역) of the directory's related services, where one fits. */
const DIRECTORY_DOMAIN: Readonly<Record<string, NeedsDomain>> = {
  LIVELIHOOD: 'ECONOMY',
  MEDICAL: 'HEALTH',
  HOUSING: 'LIVING_ENVIRONMENT',
  EDUCATION: 'EDUCATION',
  BASIC_PENSION: 'DAILY_LIVING',
  CHILD_ALLOWANCE: 'FAMILY_RELATIONS',
  PARENT_BENEFIT: 'FAMILY_RELATIONS',
  DISABILITY_PENSION: 'DAILY_LIVING',
  EMERGENCY_LIVELIHOOD: 'ECONOMY',
};

export function directoryDomainOf(programme: string): NeedsDomain | undefined {
  return DIRECTORY_DOMAIN[programme];
}

/** The programme's name in the UI language, or its code when the catalogue does not know it yet. */
export function programmeLabel(t: TFunction, programme: string): string {
  return t(`benefits.programme.${programme}`, { defaultValue: programme });
}

/** The parameter family's heading ('basic-pension' → 기초연금), or the family's file name. */
export function familyLabel(t: TFunction, family: string): string {
  return t(`benefits.parameters.family.${family}`, { defaultValue: family });
}
