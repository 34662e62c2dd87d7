import {
  Field,
  ID,
  InputType,
  ObjectType,
  registerEnumType,
  UseMiddleware,
  type MiddlewareFn,
} from 'type-graphql';
import {
  CONTACT_KINDS,
  RELATIONSHIPS,
  type ContactKind as DomainContactKind,
  type Relationship as DomainRelationship,
  type Sex as DomainSex,
} from '@ieum/domain';
import type { RequestContext } from '../../context';
import { Connection, SortDirection } from '../../graphql/connection';
import { enumOf } from '../../graphql/enums';
import { UserError } from '../../graphql/errors';
import { LocalDateScalar } from '../../graphql/scalars';

export const Relationship = Object.fromEntries(RELATIONSHIPS.map((r) => [r, r])) as {
  [K in DomainRelationship]: K;
};
registerEnumType(Relationship, { name: 'Relationship', description: '가구주와의 관계' });
export const Sex = { MALE: 'MALE', FEMALE: 'FEMALE' } as const;
registerEnumType(Sex, { name: 'Sex' });
export const ContactKind = enumOf(CONTACT_KINDS);
registerEnumType(ContactKind, { name: 'ContactKind', description: '휴대전화, 집 전화, 기타' });

// Every field that shows a person's data records the read in the access log (개인정보 접근기록), so
// no query path can read a person without a trace; the recorder writes all rows once per request.
const RecordsPersonRead: MiddlewareFn<RequestContext> = ({ root, context }, next) => {
  const person = root as Person;
  if (!person.readLoggedAsViewing) context.audit.record(person.id, 'READ');
  return next();
};

@ObjectType({ description: '개인: a registered person. The full 주민등록번호 is never returned.' })
export class Person {
  @Field(() => ID) id!: string;
  @Field(() => String) @UseMiddleware(RecordsPersonRead) name!: string;
  @Field(() => String, { description: "주민등록번호, masked: '900101-1******'" })
  @UseMiddleware(RecordsPersonRead)
  rrnMasked!: string;
  @Field(() => LocalDateScalar) @UseMiddleware(RecordsPersonRead) birthDate!: string;
  @Field(() => Sex) @UseMiddleware(RecordsPersonRead) sex!: DomainSex;
  @Field(() => Boolean, {
    description: 'The old check digit did not match and a worker confirmed the number',
  })
  rrnCheckDigitMismatch!: boolean;
  /** Shown inside a listing already logged as one viewing (the access log). */
  readLoggedAsViewing?: boolean;
}

@ObjectType({ description: '가구원' })
export class HouseholdMember {
  @Field(() => Relationship) relationship!: DomainRelationship;
  @Field(() => Person) person!: Person;
}

@ObjectType({ description: '연락처: a number to reach the household on' })
export class HouseholdContact {
  @Field(() => ContactKind) kind!: DomainContactKind;
  @Field(() => String, { description: "In its printed form, '010-1234-5678'" }) number!: string;
  @Field(() => Boolean, { description: 'The way the resident prefers to be reached (one per household)' })
  preferred!: boolean;
}

@InputType()
export class ContactInput {
  @Field(() => ContactKind) kind!: DomainContactKind;
  @Field(() => String, { description: "Any common spelling: '01012345678', '010-1234-5678', '02 123 4567'" })
  number!: string;
  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: 'When none is marked, the first number is the preferred one',
  })
  preferred?: boolean;
}

@ObjectType({ description: '가구: the unit of analysis and of case management' })
export class Household {
  @Field(() => ID) id!: string;
  @Field(() => String) address!: string;
  regionCode!: string;
  @Field(() => Boolean, { description: 'Synthetic demo or benchmark data, not a real household' })
  synthetic!: boolean;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType()
export class HouseholdConnection extends Connection(Household) {}

@InputType()
export class HouseholdFilter {
  @Field(() => String, {
    nullable: true,
    description: '시도, 시군구 or 읍면동 code: households in it or below it',
  })
  regionCode?: string;
  @Field(() => String, { nullable: true, description: "A member's name or its beginning ('김민')" })
  search?: string;
}

export enum HouseholdOrderField {
  ADDRESS = 'ADDRESS',
  REGION = 'REGION',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(HouseholdOrderField, {
  name: 'HouseholdOrderField',
  description:
    'ADDRESS in natural order (2, 10, 32, 126); REGION by 읍면동 code, then address; CREATED_AT when registered',
});

@InputType()
export class HouseholdOrder {
  @Field(() => HouseholdOrderField) field!: HouseholdOrderField;
  @Field(() => SortDirection, { nullable: true, defaultValue: SortDirection.ASC }) direction?: SortDirection;
}

@InputType()
export class RegisterHouseholdMemberInput {
  @Field(() => String) name!: string;
  @Field(() => String, { description: "주민등록번호, 'YYMMDD-SXXXXXX' or 13 digits" }) rrn!: string;
  @Field(() => Relationship) relationship!: DomainRelationship;
  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: 'The worker checked a number whose old check digit does not match',
  })
  confirmCheckDigitMismatch?: boolean;
}

@InputType()
export class RegisterHouseholdInput {
  @Field(() => String, { description: 'The 읍면동 code' }) regionCode!: string;
  @Field(() => String) address!: string;
  @Field(() => [RegisterHouseholdMemberInput]) members!: RegisterHouseholdMemberInput[];
  @Field(() => [ContactInput], { nullable: true, defaultValue: [], description: 'Up to 5 numbers' })
  contacts?: ContactInput[];
}

@InputType()
export class UpdateHouseholdContactsInput {
  @Field(() => ID) householdId!: string;
  @Field(() => [ContactInput], { description: 'The whole list: it replaces the stored one' })
  contacts!: ContactInput[];
}

@ObjectType()
export class UpdateHouseholdContactsPayload {
  @Field(() => Household, { nullable: true }) household!: Household | null;
  @Field(() => [UserError], { description: 'VALIDATION (path names the number), FORBIDDEN, NOT_FOUND' })
  errors!: UserError[];
}

@ObjectType()
export class RegisterHouseholdPayload {
  @Field(() => Household, { nullable: true }) household!: Household | null;
  @Field(() => [UserError], {
    description:
      'INVALID_RRN, RRN_CHECK_DIGIT_UNCONFIRMED, DUPLICATE_PERSON (path names the member), FORBIDDEN, VALIDATION',
  })
  errors!: UserError[];
}
