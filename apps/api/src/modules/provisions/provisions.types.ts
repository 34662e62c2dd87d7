import { SafeIntResolver } from 'graphql-scalars';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import type { NeedsDomain as DomainDomain } from '@ieum/domain';
import { Connection } from '../../graphql/connection';
import { UserError } from '../../graphql/errors';
import { LocalDateScalar } from '../../graphql/scalars';
import { Agency } from '../agencies/agencies.types';
import { NeedsDomain } from '../cases/cases.types';

@ObjectType({
  description:
    '제공 이력: one service or benefit an agency gives a household (or one member), from the directory or in words',
})
export class Provision {
  @Field(() => ID) id!: string;
  householdId!: string;
  personId!: string | null;
  resourceId!: string | null;
  agencyId!: string;
  @Field(() => Agency, { description: 'The agency that gives it' }) agency?: Agency;
  @Field(() => String, { description: "What is given: the resource's name or the words recorded" })
  service!: string;
  @Field(() => NeedsDomain, { nullable: true }) needsDomain!: DomainDomain | null;
  @Field(() => String, {
    nullable: true,
    description: "The resource's exclusive category (e.g. 밑반찬 배달) as it was when recorded",
  })
  exclusiveCategory!: string | null;
  @Field(() => LocalDateScalar) startsOn!: string;
  @Field(() => LocalDateScalar, { nullable: true, description: 'null: open-ended (still given)' })
  endsOn!: string | null;
  @Field(() => SafeIntResolver, {
    nullable: true,
    description:
      "Won, for money or goods; null when none was recorded, or when it is another agency's and the resident's consent does not cover FINANCES",
  })
  amount!: number | null;
  @Field(() => String, {
    nullable: true,
    description: 'Why it was recorded although it overlaps another provision (중복 사유)',
  })
  overrideReason!: string | null;
  @Field(() => ID, { nullable: true, description: 'The case it was recorded on' }) caseId!: string | null;
  @Field(() => ID, { nullable: true, description: 'The referral whose completion wrote it' })
  referralId!: string | null;
  /** The account label of who recorded it; `recordedBy` answers the colleague. */
  account!: string;
  @Field(() => Date) recordedAt!: Date;
  /** recorded_at to the microsecond, for the ledger's cursor. */
  recordedKey?: string;
}

@ObjectType()
export class ProvisionConnection extends Connection(Provision) {}

@ObjectType({ description: 'A recorded provision the one asked about would duplicate' })
export class ProvisionOverlap {
  @Field(() => Provision) provision!: Provision;
}

@InputType()
export class RecordProvisionInput {
  @Field(() => ID) householdId!: string;
  @Field(() => ID, { nullable: true, description: 'The member it is given to, when it is one member’s' })
  personId?: string | null;
  @Field(() => ID, { nullable: true, description: 'A directory resource of your agency' })
  resourceId?: string | null;
  @Field(() => String, {
    nullable: true,
    description: "What is given, in words (required without a resource; defaults to the resource's name)",
  })
  service?: string | null;
  @Field(() => NeedsDomain, {
    nullable: true,
    description: "Required without a resource; defaults to the resource's first needs domain",
  })
  needsDomain?: DomainDomain | null;
  @Field(() => LocalDateScalar) startsOn!: string;
  @Field(() => LocalDateScalar, { nullable: true, description: 'null: open-ended' }) endsOn?: string | null;
  @Field(() => SafeIntResolver, { nullable: true, description: 'Won, for money or goods' })
  amount?: number | null;
  @Field(() => String, {
    nullable: true,
    description: 'Records it although it overlaps another provision; kept and shown with it',
  })
  overrideReason?: string | null;
}

@InputType()
export class ProvisionOverlapsInput {
  @Field(() => ID) householdId!: string;
  @Field(() => ID, { nullable: true }) resourceId?: string | null;
  @Field(() => NeedsDomain, { nullable: true }) needsDomain?: DomainDomain | null;
  @Field(() => LocalDateScalar) startsOn!: string;
  @Field(() => LocalDateScalar, { nullable: true }) endsOn?: string | null;
}

@ObjectType()
export class RecordProvisionPayload {
  @Field(() => Provision, { nullable: true }) provision!: Provision | null;
  @Field(() => [ProvisionOverlap], {
    description: 'The provisions it overlaps (with DUPLICATE_PROVISION, or kept with an override)',
  })
  overlaps!: ProvisionOverlap[];
  @Field(() => [UserError], {
    description: 'VALIDATION (with the field path), DUPLICATE_PROVISION, FORBIDDEN, NO_CONSENT, NOT_FOUND',
  })
  errors!: UserError[];
}

@ObjectType()
export class ProvisionOverlapsPayload {
  @Field(() => [ProvisionOverlap]) overlaps!: ProvisionOverlap[];
  @Field(() => [UserError], {
    description: 'VALIDATION (with the field path), FORBIDDEN, NO_CONSENT, NOT_FOUND',
  })
  errors!: UserError[];
}
