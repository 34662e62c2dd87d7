import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Connection } from '../../graphql/connection';
import type { ReferralStatus as DomainReferralStatus } from '@ieum/domain';
import { UserError } from '../../graphql/errors';
import { ReferralStatus } from '../referrals/referrals.types';

@ObjectType({ description: '알림: something waiting for the user' })
export class Notification {
  @Field(() => ID) id!: string;
  @Field(() => String, {
    description: 'REFERRAL_RECEIVED, REFERRAL_UPDATED, REFERRAL_OVERDUE, CONFERENCE, GOAL_DUE',
  })
  kind!: string;
  @Field(() => String, { description: 'In Korean; clients word it from kind and the fields below' })
  title!: string;
  @Field(() => String, {
    nullable: true,
    description: 'What it is about: the service asked for, a goal, a conference date',
  })
  subject!: string | null;
  @Field(() => ReferralStatus, { nullable: true, description: 'REFERRAL_UPDATED: the status it took' })
  referralStatus!: DomainReferralStatus | null;
  @Field(() => Int, { nullable: true, description: 'The case it concerns (사례번호)' })
  caseNumber!: number | null;
  @Field(() => String, { nullable: true, description: 'The page it is about, e.g. /referrals/<id>' }) link!:
    string | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true }) readAt!: Date | null;
}

@ObjectType()
export class NotificationConnection extends Connection(Notification) {}

@InputType()
export class MarkNotificationsReadInput {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => Boolean, { nullable: true }) all?: boolean;
}

@ObjectType()
export class MarkNotificationsReadPayload {
  @Field(() => Int) unreadCount!: number;
  @Field(() => [UserError]) errors!: UserError[];
}
