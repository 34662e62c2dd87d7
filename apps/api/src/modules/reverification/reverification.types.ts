import { SafeIntResolver } from 'graphql-scalars';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  REVERIFICATION_CHANGE_STATES,
  REVERIFICATION_KINDS,
  REVERIFICATION_RUN_STATUSES,
  type Programme,
  type ReverificationChangeState as DomainState,
  type ReverificationKind as DomainKind,
  type ReverificationRunStatus as DomainStatus,
} from '@ieum/domain';
import { Connection } from '../../graphql/connection';
import { enumOf } from '../../graphql/enums';
import { UserError } from '../../graphql/errors';
import { LocalDateScalar } from '../../graphql/scalars';
import { BenefitProgramme } from '../benefits/benefits.types';
import { EligibilityDecision } from '../eligibility/eligibility.types';

export const ReverificationKind = enumOf(REVERIFICATION_KINDS);
registerEnumType(ReverificationKind, {
  name: 'ReverificationKind',
  description:
    'CONTINUE: still due at the same amount; AMOUNT_CHANGED: due at another amount; ENDS_ON: no longer due, ends after the notice period',
});
export const ReverificationRunStatus = enumOf(REVERIFICATION_RUN_STATUSES);
registerEnumType(ReverificationRunStatus, { name: 'ReverificationRunStatus' });
export const ReverificationChangeState = enumOf(REVERIFICATION_CHANGE_STATES);
registerEnumType(ReverificationChangeState, {
  name: 'ReverificationChangeState',
  description:
    'OPEN: waiting for the 읍면동; CONFIRMED: a new decision was written; CONTESTED: kept with a note',
});

@ObjectType({
  description: '확인조사: every current recipient re-evaluated on the newest means and parameters',
})
export class ReverificationRun {
  @Field(() => ID) id!: string;
  @Field(() => LocalDateScalar) asOf!: string;
  @Field(() => ReverificationRunStatus) status!: DomainStatus;
  @Field(() => Float, { description: '0 to 1' }) progress!: number;
  @Field(() => Int, { description: 'Recipient households re-evaluated so far' }) recipients!: number;
  @Field(() => Int, { nullable: true, description: 'Recipient households when the run started' })
  recipientsTotal!: number | null;
  @Field(() => Int, { description: 'Programmes that continue unchanged' }) continued!: number;
  @Field(() => Int) amountChanged!: number;
  @Field(() => Int, { description: 'Programmes that end after the notice period' }) ending!: number;
  @Field(() => Int, { nullable: true, description: 'The notice period used (days)' })
  noticeDays!: number | null;
  @Field(() => String, { nullable: true }) failure!: string | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true }) finishedAt!: Date | null;
}

@ObjectType({ description: 'One recipient programme’s outcome of a run: a proposal, never a payment change' })
export class ReverificationChange {
  @Field(() => ID) id!: string;
  @Field(() => ID) runId!: string;
  householdId!: string;
  @Field(() => String, { description: 'The household’s 읍면동 code when the run saw it' })
  regionCode!: string;
  @Field(() => BenefitProgramme) programme!: Programme;
  @Field(() => ReverificationKind) kind!: DomainKind;
  @Field(() => SafeIntResolver, { nullable: true, description: 'Won a month in the decision in force' })
  oldAmount!: number | null;
  @Field(() => SafeIntResolver, { nullable: true, description: 'Won a month now; null when it ends' })
  newAmount!: number | null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'ENDS_ON: the last day' })
  endsOn!: string | null;
  @Field(() => String, { description: 'The outcome and what differs between the two traces, in words' })
  explanation!: string;
  @Field(() => ReverificationChangeState) state!: DomainState;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => Date, { nullable: true }) actedAt!: Date | null;
  @Field(() => ID, { nullable: true, description: 'The decision a confirmation wrote' })
  newDecisionId!: string | null;
}

@ObjectType()
export class ReverificationChangeConnection extends Connection(ReverificationChange) {}

@InputType()
export class ReverificationChangeFilter {
  @Field(() => ID, { nullable: true, description: 'The run; the newest run when left out' })
  runId?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'A region inside your area; your whole area when left out',
  })
  regionCode?: string | null;
  @Field(() => ReverificationKind, { nullable: true }) kind?: DomainKind | null;
  @Field(() => ReverificationChangeState, { nullable: true }) state?: DomainState | null;
}

@InputType()
export class StartReverificationInput {
  @Field(() => LocalDateScalar) asOf!: string;
}

@ObjectType()
export class StartReverificationPayload {
  @Field(() => ReverificationRun, { nullable: true }) run!: ReverificationRun | null;
  @Field(() => [UserError], {
    description: 'VALIDATION, PARAMETER_MISSING, CONFLICT (a run is already queued or running)',
  })
  errors!: UserError[];
}

@InputType()
export class ConfirmReverificationChangeInput {
  @Field(() => ID) changeId!: string;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@InputType()
export class ContestReverificationChangeInput {
  @Field(() => ID) changeId!: string;
  @Field(() => String, { description: 'Why the change is not right (kept with it)' }) note!: string;
}

@ObjectType()
export class ReverificationChangePayload {
  @Field(() => ReverificationChange, { nullable: true }) change!: ReverificationChange | null;
  @Field(() => EligibilityDecision, { nullable: true, description: 'The decision a confirmation wrote' })
  decision!: EligibilityDecision | null;
  @Field(() => [UserError], {
    description: 'VALIDATION, FORBIDDEN, NOT_FOUND, INVALID_STATE (already acted on, or CONTINUE), CONFLICT',
  })
  errors!: UserError[];
}
