import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  RESOURCE_STATUSES,
  WEEKDAYS,
  type NeedsDomain as DomainDomain,
  type ResourceStatus as DomainStatus,
  type Weekday as DomainWeekday,
} from '@ieum/domain';
import { Connection } from '../../graphql/connection';
import { enumOf } from '../../graphql/enums';
import { UserError } from '../../graphql/errors';
import { LocalDateScalar } from '../../graphql/scalars';
import { Agency } from '../agencies/agencies.types';
import { NeedsDomain } from '../cases/cases.types';

export const ResourceStatus = enumOf(RESOURCE_STATUSES);
registerEnumType(ResourceStatus, { name: 'ResourceStatus', description: '작성 중, 게시, 중지' });
export const Weekday = enumOf(WEEKDAYS);
registerEnumType(Weekday, { name: 'Weekday' });

@ObjectType({ description: '운영 시간: one opening of one weekday' })
export class OpeningHours {
  @Field(() => Weekday) weekday!: DomainWeekday;
  @Field(() => String, { description: "'09:00'" }) opens!: string;
  @Field(() => String, { description: "'18:00'" }) closes!: string;
}

@ObjectType({ description: 'Who may get it, as checkable facts (the words are in eligibility)' })
export class ResourceCriteria {
  @Field(() => Int, { nullable: true }) minAge!: number | null;
  @Field(() => Int, { nullable: true }) maxAge!: number | null;
  @Field(() => Int, { nullable: true }) maxHouseholdSize!: number | null;
  @Field(() => Int, { nullable: true, description: 'Income at most this % of 기준 중위소득' })
  maxIncomePctOfMedian!: number | null;
  @Field(() => Boolean, { nullable: true, description: 'Residents of the service area only' })
  residentsOnly!: boolean | null;
}

@ObjectType({ description: '복지자원: a service, programme, facility or donation an agency offers' })
export class Resource {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String) description!: string;
  agencyId!: string;
  @Field(() => Agency) agency?: Agency;
  @Field(() => [NeedsDomain]) needsDomains!: DomainDomain[];
  @Field(() => [String], { description: 'The 시도, 시군구 or 읍면동 codes it serves' })
  serviceAreaCodes!: string[];
  @Field(() => String) address!: string;
  @Field(() => String, { description: 'The 읍면동 where it is given' }) regionCode!: string;
  @Field(() => String) eligibility!: string;
  @Field(() => ResourceCriteria, { nullable: true }) criteria!: ResourceCriteria | null;
  @Field(() => String) fee!: string;
  @Field(() => String) howToApply!: string;
  @Field(() => String, { nullable: true }) phone!: string | null;
  @Field(() => String, { nullable: true }) email!: string | null;
  @Field(() => String, { nullable: true }) url!: string | null;
  @Field(() => Int, { nullable: true, description: 'Places in all; null for no limit' })
  capacityTotal!: number | null;
  @Field(() => Int, { nullable: true, description: 'Places free now; null for no limit' })
  capacityAvailable!: number | null;
  @Field(() => [OpeningHours]) hours!: OpeningHours[];
  @Field(() => String, {
    nullable: true,
    description: 'A category given once per household at a time (e.g. 밑반찬 배달)',
  })
  exclusiveCategory!: string | null;
  @Field(() => ResourceStatus) status!: DomainStatus;
  @Field(() => LocalDateScalar, { description: 'Last verified by its agency' }) assuredOn!: string;
  @Field(() => Boolean, { description: 'Not verified for 12 months: 확인 필요' }) stale!: boolean;
  version!: number;
}

@ObjectType()
export class ResourceConnection extends Connection(Resource) {}

@InputType()
export class ResourceFilter {
  @Field(() => String, { nullable: true, description: "Words in the name or description ('반찬')" })
  search?: string;
  @Field(() => String, {
    nullable: true,
    description: 'A region: resources given there or serving it, its 시군구 or its 시도',
  })
  regionCode?: string;
  @Field(() => NeedsDomain, { nullable: true }) needsDomain?: DomainDomain;
  @Field(() => Boolean, { nullable: true, description: 'Open now (Korean time)' }) openNow?: boolean;
  @Field(() => Boolean, { nullable: true, description: 'With a place free, or no limit' })
  hasCapacity?: boolean;
  @Field(() => Boolean, { nullable: true, description: "Free of charge (fee '무료' or empty)" })
  free?: boolean;
  @Field(() => Boolean, {
    nullable: true,
    description: "Only my agency's entries, in every status (signed in)",
  })
  mine?: boolean;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Only entries not verified for 12 months (확인 필요), e.g. a 시군구 supervisor’s list',
  })
  stale?: boolean;
}

@InputType()
export class OpeningHoursInput {
  @Field(() => Weekday) weekday!: DomainWeekday;
  @Field(() => String) opens!: string;
  @Field(() => String) closes!: string;
}

@InputType()
export class ResourceCriteriaInput {
  @Field(() => Int, { nullable: true }) minAge?: number;
  @Field(() => Int, { nullable: true }) maxAge?: number;
  @Field(() => Int, { nullable: true }) maxHouseholdSize?: number;
  @Field(() => Int, { nullable: true }) maxIncomePctOfMedian?: number;
  @Field(() => Boolean, { nullable: true }) residentsOnly?: boolean;
}

@InputType()
export class CreateResourceInput {
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true, defaultValue: '' }) description!: string;
  @Field(() => ID, { nullable: true, description: 'Administrators only; defaults to your agency' })
  agencyId?: string;
  @Field(() => [NeedsDomain]) needsDomains!: DomainDomain[];
  @Field(() => [String]) serviceAreaCodes!: string[];
  @Field(() => String, { nullable: true, defaultValue: '' }) address!: string;
  @Field(() => String, { description: 'The 읍면동 where it is given' }) regionCode!: string;
  @Field(() => String, { nullable: true }) eligibility?: string;
  @Field(() => ResourceCriteriaInput, { nullable: true }) criteria?: ResourceCriteriaInput;
  @Field(() => String, { nullable: true }) fee?: string;
  @Field(() => String, { nullable: true }) howToApply?: string;
  @Field(() => String, { nullable: true }) phone?: string;
  @Field(() => String, { nullable: true }) email?: string;
  @Field(() => String, { nullable: true }) url?: string;
  @Field(() => Int, { nullable: true, description: 'null: no limit' }) capacityTotal?: number | null;
  @Field(() => [OpeningHoursInput], { nullable: true }) hours?: OpeningHoursInput[];
  @Field(() => String, { nullable: true }) exclusiveCategory?: string;
  @Field(() => ResourceStatus, { nullable: true, defaultValue: 'DRAFT' }) status?: DomainStatus;
}

@InputType()
export class UpdateResourceInput extends CreateResourceInput {
  @Field(() => ID) resourceId!: string;
}

@InputType()
export class VerifyResourceInput {
  @Field(() => ID) resourceId!: string;
}

@InputType()
export class SetResourceCapacityInput {
  @Field(() => ID) resourceId!: string;
  @Field(() => Int, { nullable: true }) capacityTotal!: number | null;
  @Field(() => Int, { nullable: true }) capacityAvailable!: number | null;
}

@ObjectType()
export class ResourcePayload {
  @Field(() => Resource, { nullable: true }) resource!: Resource | null;
  @Field(() => [UserError], {
    description: 'VALIDATION (with the field path), FORBIDDEN, NOT_FOUND, CONFLICT',
  })
  errors!: UserError[];
}
