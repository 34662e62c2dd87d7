import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { CONSENT_SCOPES, type ConsentScope as DomainScope } from '@ieum/domain';
import { ErrorCode, UserError } from '../../graphql/errors';
import { LocalDateScalar } from '../../graphql/scalars';
import { Agency } from '../agencies/agencies.types';

export const ConsentScope = Object.fromEntries(CONSENT_SCOPES.map((s) => [s, s])) as {
  [K in DomainScope]: K;
};
registerEnumType(ConsentScope, {
  name: 'ConsentScope',
  description: '제공 항목: 기본정보, 건강정보, 소득·재산정보, 사례기록',
});

@ObjectType({
  implements: UserError,
  description:
    "No active consent of the resident covers this item for the agency (code NO_CONSENT): record one (정보제공 동의) on the household's page",
})
export class ConsentRequiredError extends UserError {
  @Field(() => ID) householdId!: string;
  @Field(() => ConsentScope, { description: 'The item a consent would have to cover' }) scope!: DomainScope;
}

export function consentRequired(
  householdId: string,
  scope: DomainScope,
  message: string,
  path: string[] | null,
): ConsentRequiredError {
  return Object.assign(new ConsentRequiredError(), {
    code: ErrorCode.NO_CONSENT,
    message,
    path,
    householdId,
    scope,
  });
}

@ObjectType({ description: 'What the active consents give one agency: for the referral form' })
export class ConsentCoverage {
  agencyId!: string;
  @Field(() => Agency) agency?: Agency;
  @Field(() => [ConsentScope]) scopes!: DomainScope[];
  @Field(() => LocalDateScalar, { description: 'The last day on which every listed item is covered' })
  validUntil!: string;
}

@ObjectType({
  description:
    '정보제공 동의 (개인정보 보호법 제17조): recipient, purpose, items, period and the notice of the right to refuse',
})
export class Consent {
  @Field(() => ID) id!: string;
  @Field(() => ID) householdId!: string;
  granteeAgencyId!: string;
  @Field(() => [ConsentScope]) scopes!: DomainScope[];
  @Field(() => String) purpose!: string;
  @Field(() => LocalDateScalar) validFrom!: string;
  @Field(() => LocalDateScalar) validUntil!: string;
  @Field(() => Boolean, {
    description: 'The resident was told of the right to refuse and what refusing means',
  })
  refusalRightNotified!: boolean;
  @Field(() => Date) recordedAt!: Date;
  @Field(() => Date, { nullable: true }) withdrawnAt!: Date | null;
  @Field(() => Boolean, { description: 'In force now: within its period and not withdrawn' })
  active!: boolean;
}

@InputType()
export class RecordConsentInput {
  @Field(() => ID) householdId!: string;
  @Field(() => ID, { description: 'The agency the data is provided to' }) granteeAgencyId!: string;
  @Field(() => [ConsentScope]) scopes!: DomainScope[];
  @Field(() => String) purpose!: string;
  @Field(() => LocalDateScalar) validUntil!: string;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Defaults to today' }) validFrom?: string;
  @Field(() => Boolean, {
    nullable: true,
    defaultValue: true,
    description:
      'The worker confirms the resident was told of the right to refuse (제17조 ②); false is refused',
  })
  refusalRightNotified?: boolean;
}

@ObjectType()
export class RecordConsentPayload {
  @Field(() => Consent, { nullable: true }) consent!: Consent | null;
  @Field(() => [UserError], { description: 'VALIDATION, FORBIDDEN, NOT_FOUND' }) errors!: UserError[];
}

@InputType()
export class WithdrawConsentInput {
  @Field(() => ID) consentId!: string;
}

@ObjectType()
export class WithdrawConsentPayload {
  @Field(() => Consent, { nullable: true }) consent!: Consent | null;
  @Field(() => [UserError], { description: 'NOT_FOUND, FORBIDDEN, INVALID_STATE' }) errors!: UserError[];
}
