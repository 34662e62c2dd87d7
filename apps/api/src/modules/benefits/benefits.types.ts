import { SafeIntResolver } from 'graphql-scalars';
import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  CAR_USES,
  HOUSING_TENURES,
  PROGRAMMES,
  SUPPORT_OBLIGORS,
  type CarUse as DomainCarUse,
  type HousingTenure as DomainHousingTenure,
  type Programme,
  type Relationship as DomainRelationship,
  type SupportObligor as DomainSupportObligor,
} from '@ieum/domain';
import { UserError } from '../../graphql/errors';
import { LocalDateScalar } from '../../graphql/scalars';
import { Relationship } from '../households/households.types';

// Amounts are whole won; SafeInt (not Int, which stops at 2,147,483,647) because property passes 21억원.

export const BenefitProgramme = Object.fromEntries(PROGRAMMES.map((p) => [p, p])) as { [K in Programme]: K };
registerEnumType(BenefitProgramme, {
  name: 'BenefitProgramme',
  description:
    '생계급여 LIVELIHOOD, 의료급여 MEDICAL, 주거급여 HOUSING, 교육급여 EDUCATION, 기초연금 BASIC_PENSION, 아동수당 CHILD_ALLOWANCE, 부모급여 PARENT_BENEFIT, 장애인연금 DISABILITY_PENSION, 긴급복지지원 생계지원 EMERGENCY_LIVELIHOOD',
});
export const CarUse = Object.fromEntries(CAR_USES.map((u) => [u, u])) as { [K in DomainCarUse]: K };
registerEnumType(CarUse, {
  name: 'CarUse',
  description: 'PRIVATE, BUSINESS (생업용), DISABILITY (장애인 사용)',
});
export const HousingTenure = Object.fromEntries(HOUSING_TENURES.map((t) => [t, t])) as {
  [K in DomainHousingTenure]: K;
};
registerEnumType(HousingTenure, { name: 'HousingTenure', description: 'RENT (임차: 월세·전세), OWN (자가)' });
export const SupportObligor = Object.fromEntries(SUPPORT_OBLIGORS.map((s) => [s, s])) as {
  [K in DomainSupportObligor]: K;
};
registerEnumType(SupportObligor, {
  name: 'SupportObligor',
  description:
    '부양의무자: NONE, UNABLE (있으나 부양능력 없음), ABLE (부양능력 있음: 의료급여 제외), WEALTHY (고소득·고재산: 생계·의료급여 제외)',
});

@InputType({ description: 'Monthly income of one member, won; omitted kinds are 0' })
export class MonthlyIncomeInput {
  @Field(() => SafeIntResolver, { defaultValue: 0, description: '근로소득' }) earned!: number;
  @Field(() => SafeIntResolver, { defaultValue: 0, description: '사업소득' }) business!: number;
  @Field(() => SafeIntResolver, { defaultValue: 0, description: '재산소득' }) property!: number;
  @Field(() => SafeIntResolver, {
    defaultValue: 0,
    description: '공적연금 (국민연금 등); 기초연금 is computed, not entered',
  })
  pension!: number;
  @Field(() => SafeIntResolver, { defaultValue: 0, description: '공적이전소득' }) publicTransfer!: number;
  @Field(() => SafeIntResolver, { defaultValue: 0, description: '사적이전소득' }) privateTransfer!: number;
}

@InputType()
export class BenefitMemberInput {
  @Field(() => LocalDateScalar) birthDate!: string;
  @Field(() => Relationship) relationship!: DomainRelationship;
  @Field(() => Boolean, { defaultValue: false }) disabled!: boolean;
  @Field(() => Boolean, {
    defaultValue: false,
    description: '중증 (장애의 정도가 심한 장애인): 장애인연금 is for them only; needs disabled: true',
  })
  disabilitySevere!: boolean;
  @Field(() => Boolean, { defaultValue: false, description: '초·중·고등학교 재학' }) student!: boolean;
  @Field(() => MonthlyIncomeInput, { nullable: true }) monthlyIncome?: MonthlyIncomeInput | null;
}

@InputType()
export class CarInput {
  @Field(() => SafeIntResolver, { description: '차량가액' }) value!: number;
  @Field(() => Int) engineCc!: number;
  @Field(() => Int) modelYear!: number;
  @Field(() => CarUse, { defaultValue: 'PRIVATE' }) use!: DomainCarUse;
}

@InputType({ description: "The household's property, won; omitted kinds are 0" })
export class PropertyInput {
  @Field(() => SafeIntResolver, { defaultValue: 0, description: '주거용재산 (주택, 임차보증금)' })
  residential!: number;
  @Field(() => SafeIntResolver, { defaultValue: 0, description: '일반재산 (토지, 건물)' }) general!: number;
  @Field(() => SafeIntResolver, { defaultValue: 0, description: '금융재산' }) financial!: number;
  @Field(() => SafeIntResolver, { defaultValue: 0, description: '인정 부채' }) debt!: number;
  @Field(() => [CarInput], { defaultValue: [] }) cars!: CarInput[];
}

@InputType({ description: 'How the household lives, for the 주거급여 amount' })
export class HousingInput {
  @Field(() => HousingTenure) tenure!: DomainHousingTenure;
  @Field(() => SafeIntResolver, { defaultValue: 0, description: '월 임차료 (won); 0 for 전세' })
  monthlyRent!: number;
  @Field(() => SafeIntResolver, { defaultValue: 0, description: '임차보증금 (won)' }) deposit!: number;
}

@InputType()
export class BenefitEstimateInput {
  @Field(() => LocalDateScalar, { description: 'The date whose parameters apply' }) asOf!: string;
  @Field(() => String, { description: '시군구 or 읍면동 행정기관코드: decides the region classes' })
  regionCode!: string;
  @Field(() => [BenefitMemberInput]) members!: BenefitMemberInput[];
  @Field(() => PropertyInput, { nullable: true }) property?: PropertyInput | null;
  @Field(() => SupportObligor, { defaultValue: 'NONE', description: '부양의무자; none unless told' })
  supportObligor!: DomainSupportObligor;
  @Field(() => HousingInput, {
    nullable: true,
    description: '주거 형태와 임차료: without it 주거급여 has no amount',
  })
  housing?: HousingInput | null;
  @Field(() => Boolean, {
    defaultValue: false,
    description: '긴급복지지원 위기사유 (주소득자 사망·실직, 중한 질병, 화재 …); none unless told',
  })
  crisisSituation!: boolean;
}

@ObjectType({ description: 'A parameter value a step used, with the date it took effect' })
export class BenefitParameterUse {
  @Field(() => String) name!: string;
  @Field(() => LocalDateScalar) effectiveFrom!: string;
  @Field(() => String) value!: string;
  @Field(() => Boolean, { description: 'The sources mark this figure unsure, derived or assumed' })
  unverified!: boolean;
}

@ObjectType({ description: 'One step of a calculation, as a line a person can read' })
export class BenefitTraceStep {
  @Field(() => String) label!: string;
  @Field(() => String, { description: "e.g. '1,200,000원 × 70% = 840,000원'" }) formula!: string;
  @Field(() => SafeIntResolver, { nullable: true, description: 'Won; null for a step that decides' })
  value!: number | null;
  @Field(() => [BenefitParameterUse]) parameters!: BenefitParameterUse[];
}

@ObjectType()
export class BenefitResult {
  @Field(() => BenefitProgramme) programme!: Programme;
  @Field(() => Boolean) eligible!: boolean;
  @Field(() => SafeIntResolver, {
    nullable: true,
    description: 'Won a month; null where the programme pays in kind or the amount is not computed',
  })
  monthlyAmount!: number | null;
  @Field(() => SafeIntResolver, { nullable: true, description: '선정기준액 (소득인정액 이하 = eligible)' })
  threshold!: number | null;
  @Field(() => SafeIntResolver, { nullable: true, description: '소득인정액 as this programme counts it' })
  incomeRecognized!: number | null;
  @Field(() => [String]) reasons!: string[];
  @Field(() => [BenefitTraceStep]) trace!: BenefitTraceStep[];
}

@ObjectType({
  implements: UserError,
  description: 'No value of a parameter is in force on the date asked (code PARAMETER_MISSING)',
})
export class ParameterMissingError extends UserError {
  @Field(() => String) parameter!: string;
  @Field(() => LocalDateScalar) date!: string;
}

@ObjectType()
export class BenefitEstimatePayload {
  @Field(() => SafeIntResolver, {
    nullable: true,
    description: '소득인정액 of 생계·의료·주거·교육급여 (기초연금 counted)',
  })
  incomeRecognized!: number | null;
  @Field(() => SafeIntResolver, { nullable: true, description: '기준 중위소득 for the household size' })
  medianIncome!: number | null;
  @Field(() => Int, { nullable: true }) householdSize!: number | null;
  @Field(() => [BenefitResult]) results!: BenefitResult[];
  @Field(() => [UserError], {
    description: 'VALIDATION (path names the field), PARAMETER_MISSING (ParameterMissingError)',
  })
  errors!: UserError[];
}

@ObjectType()
export class BenefitParameterValue {
  @Field(() => LocalDateScalar) effectiveFrom!: string;
  @Field(() => String) value!: string;
  @Field(() => String, { description: 'Legal source and where the figure was seen' }) source!: string;
  @Field(() => Boolean) unverified!: boolean;
  @Field(() => String, { nullable: true }) note!: string | null;
}

@ObjectType({ description: 'A benefit parameter with the value in force on the date asked and its history' })
export class BenefitParameter {
  @Field(() => String) name!: string;
  @Field(() => String, { description: 'The file it comes from, e.g. basic-pension' }) family!: string;
  @Field(() => String) description!: string;
  @Field(() => String, { description: 'KRW, PERCENT, YEARS, CC, TIMES or TEXT' }) unit!: string;
  @Field(() => BenefitParameterValue) inForce!: BenefitParameterValue;
  @Field(() => [BenefitParameterValue], { description: 'Every value, oldest first' })
  history!: BenefitParameterValue[];
}
