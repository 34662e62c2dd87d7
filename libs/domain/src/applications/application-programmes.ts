// What can be applied for (급여·서비스 신청): the engine's programmes and the services applied for
// without an engine rule, each with two facts as data. 전국 단위 신청 (nationwide): a centre anywhere in
// the country takes the application and sends it to the household's home 읍면동 (영유아보육료, 유아학비,
// 가정양육수당, 아이돌봄서비스, 영아수당, and from 2022 아동수당, 기초연금, 장애인연금, 장제·해산급여,
// 장애수당). 민간기관 신청 대행 (onBehalfAllowed): a private agency may apply on the resident's behalf
// while a consent covers it. Both lists are those of issue 10 (the 차세대 사회보장정보시스템 seeds).
import type { Programme } from '../benefits/programme';

export interface ApplicationProgrammeFacts {
  ko: string;
  en: string;
  /** 전국 단위 신청: may be taken at any 읍면동 in the country. */
  nationwide: boolean;
  /** 민간기관 신청 대행: a private agency may apply on the resident's behalf. */
  onBehalfAllowed: boolean;
  /** The eligibility engine has a rule for it (libs/domain/src/benefits). */
  engine: boolean;
}

const engine = (ko: string, en: string, nationwide: boolean): ApplicationProgrammeFacts => ({
  ko,
  en,
  nationwide,
  onBehalfAllowed: false,
  engine: true,
});
const service = (
  ko: string,
  en: string,
  facts: { nationwide?: boolean; onBehalfAllowed?: boolean },
): ApplicationProgrammeFacts => ({
  ko,
  en,
  nationwide: facts.nationwide ?? false,
  onBehalfAllowed: facts.onBehalfAllowed ?? false,
  engine: false,
});

export const APPLICATION_PROGRAMME_FACTS = {
  // The engine's programmes (benefits/programme.ts PROGRAMMES), under the same names.
  LIVELIHOOD: engine('생계급여', 'Livelihood benefit', false),
  MEDICAL: engine('의료급여', 'Medical benefit', false),
  HOUSING: engine('주거급여', 'Housing benefit', false),
  EDUCATION: engine('교육급여', 'Education benefit', false),
  BASIC_PENSION: engine('기초연금', 'Basic pension', true),
  CHILD_ALLOWANCE: engine('아동수당', 'Child allowance', true),
  // 부모급여 replaced 영아수당 in 2023; both are on the nationwide list.
  PARENT_BENEFIT: engine('부모급여(영아수당)', 'Parent benefit', true),
  DISABILITY_PENSION: engine('장애인연금', 'Disability pension', true),
  EMERGENCY_LIVELIHOOD: engine('긴급복지 생계지원', 'Emergency livelihood support', false),
  // Applied for, with no engine rule.
  CHILDCARE_FEE: service('영유아보육료', 'Childcare fee support', { nationwide: true }),
  EARLY_EDUCATION_FEE: service('유아학비', 'Early-education fee support', { nationwide: true }),
  HOME_CARE_ALLOWANCE: service('가정양육수당', 'Home childcare allowance', { nationwide: true }),
  CHILD_CARE_SERVICE: service('아이돌봄서비스', 'Child care service', { nationwide: true }),
  FUNERAL_BENEFIT: service('장제급여', 'Funeral benefit', { nationwide: true }),
  CHILDBIRTH_BENEFIT: service('해산급여', 'Childbirth benefit', { nationwide: true }),
  DISABILITY_ALLOWANCE: service('장애수당', 'Disability allowance', { nationwide: true }),
  SENIOR_CUSTOMIZED_CARE: service('노인맞춤돌봄서비스', 'Customised care for older people', {
    onBehalfAllowed: true,
  }),
  SENIOR_JOBS: service('노인일자리·사회활동지원', 'Jobs and social activities for older people', {
    onBehalfAllowed: true,
  }),
  DISABLED_WOMEN_ACTIVITY_SUPPORT: service('여성장애인활동지원', 'Activity support for disabled women', {
    onBehalfAllowed: true,
  }),
  LANGUAGE_DEVELOPMENT_SUPPORT: service('언어발달지원', 'Language development support', {
    onBehalfAllowed: true,
  }),
  DISABLED_CHILD_FAMILY_SUPPORT: service(
    '장애아가족양육지원',
    'Support for families raising a disabled child',
    {
      onBehalfAllowed: true,
    },
  ),
  DISABLED_WOMEN_CHILDBIRTH_SUPPORT: service(
    '여성장애인출산비용지원',
    'Childbirth costs for disabled women',
    {
      onBehalfAllowed: true,
    },
  ),
  CANCER_PATIENT_MEDICAL_SUPPORT: service('암환자의료비지원', 'Medical costs for cancer patients', {
    onBehalfAllowed: true,
  }),
} as const satisfies Record<string, ApplicationProgrammeFacts>;

export type ApplicationProgramme = keyof typeof APPLICATION_PROGRAMME_FACTS;
export const APPLICATION_PROGRAMMES = Object.keys(APPLICATION_PROGRAMME_FACTS) as ApplicationProgramme[];

// Fails to compile when the engine gains a programme this list does not name.
type EngineCovered = Programme extends ApplicationProgramme ? true : never;
export const ENGINE_PROGRAMMES_ARE_APPLICABLE: EngineCovered = true;

export function isApplicationProgramme(value: string): value is ApplicationProgramme {
  return Object.prototype.hasOwnProperty.call(APPLICATION_PROGRAMME_FACTS, value);
}

export function programmeFacts(programme: ApplicationProgramme): ApplicationProgrammeFacts {
  return APPLICATION_PROGRAMME_FACTS[programme];
}
