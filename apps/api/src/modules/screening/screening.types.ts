import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { JSONObjectResolver } from 'graphql-scalars';
import { OUTREACH_OUTCOMES, type OutreachOutcome as DomainOutcome } from '@ieum/domain';
import { Connection } from '../../graphql/connection';
import { UserError } from '../../graphql/errors';
import { LocalDateScalar } from '../../graphql/scalars';

export enum ScreeningRoundStatus {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  DONE = 'DONE',
  FAILED = 'FAILED',
}
registerEnumType(ScreeningRoundStatus, { name: 'ScreeningRoundStatus' });
export enum CandidateStatus {
  NEW = 'NEW',
  VISITED = 'VISITED',
}
registerEnumType(CandidateStatus, { name: 'CandidateStatus', description: '미방문 / 방문 완료' });
export enum PickedBy {
  NATIONAL = 'NATIONAL',
  LOCAL = 'LOCAL',
}
registerEnumType(PickedBy, {
  name: 'PickedBy',
  description: '중앙 발굴 (national quota) or 지자체 발굴 (the 시군구 quota)',
});
export const OutreachOutcome = Object.fromEntries(OUTREACH_OUTCOMES.map((o) => [o, o])) as {
  [K in DomainOutcome]: K;
};
registerEnumType(OutreachOutcome, { name: 'OutreachOutcome', description: '찾아가는 복지 상담 결과' });

@ObjectType({
  description:
    "발굴 기준: a 시군구's screening rules, or the national default (regionCode null); each save is a version",
})
export class ScreeningRuleSet {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) regionCode!: string | null;
  @Field(() => Int) version!: number;
  @Field(() => JSONObjectResolver, { description: 'The rule document (see the README for its schema)' })
  document!: Record<string, unknown>;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Boolean, {
    description: 'True when this is the national default standing in for a 시군구 without rules of its own',
  })
  inherited!: boolean;
}

@InputType()
export class SaveScreeningRulesInput {
  @Field(() => String, { nullable: true, description: 'A 시군구 code; null for the national default' })
  regionCode?: string | null;
  @Field(() => JSONObjectResolver) document!: Record<string, unknown>;
}

@ObjectType()
export class SaveScreeningRulesPayload {
  @Field(() => ScreeningRuleSet, { nullable: true }) ruleSet!: ScreeningRuleSet | null;
  @Field(() => [UserError], { description: 'VALIDATION (path into the document), FORBIDDEN, CONFLICT' })
  errors!: UserError[];
}

@InputType()
export class PreviewScreeningRulesInput {
  @Field(() => String, { nullable: true }) regionCode?: string | null;
  @Field(() => JSONObjectResolver) document!: Record<string, unknown>;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Defaults to today' }) asOf?: string;
}

@ObjectType({ description: 'What a rule document would pick if a round ran now' })
export class ScreeningPreview {
  @Field(() => Int, { description: 'Households with a counted crisis signal' }) householdsScored!: number;
  @Field(() => Int, { description: 'Of those, at or above the minimum score' }) eligible!: number;
  @Field(() => Int, { description: 'Within the quotas: the candidates a round would send' }) picked!: number;
  @Field(() => Int) pickedNational!: number;
  @Field(() => Int) pickedLocal!: number;
}

@ObjectType()
export class PreviewScreeningRulesPayload {
  @Field(() => ScreeningPreview, { nullable: true }) preview!: ScreeningPreview | null;
  @Field(() => [UserError], { description: 'VALIDATION, FORBIDDEN' }) errors!: UserError[];
}

@ObjectType()
export class IndicatorHitRate {
  @Field(() => String) indicatorKind!: string;
  @Field(() => String) nameKo!: string;
  @Field(() => Int, { description: 'Candidates with this indicator who were visited' }) visits!: number;
  @Field(() => Int, { description: 'Of those, visits that found a real need (NEEDS_SUPPORT, REFERRED)' })
  hits!: number;
  @Field(() => Float, { nullable: true }) rate!: number | null;
}

@ObjectType()
export class RuleHitRate {
  @Field(() => String) ruleCode!: string;
  @Field(() => String) label!: string;
  @Field(() => Int) visits!: number;
  @Field(() => Int) hits!: number;
  @Field(() => Float, { nullable: true }) rate!: number | null;
}

@ObjectType({ description: '발굴 차수: one screening of every household as of a date' })
export class ScreeningRound {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: '차수: 1 for the first round' }) number!: number;
  @Field(() => LocalDateScalar) asOf!: string;
  @Field(() => ScreeningRoundStatus) status!: ScreeningRoundStatus;
  @Field(() => Float, { description: '0 to 1' }) progress!: number;
  @Field(() => Int, { nullable: true }) householdsScored!: number | null;
  @Field(() => Int, { nullable: true }) candidateCount!: number | null;
  @Field(() => String, { nullable: true }) failure!: string | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true }) startedAt!: Date | null;
  @Field(() => Date, { nullable: true }) finishedAt!: Date | null;
  nationalRuleSetId!: string;
  localRuleSetIds!: string[];
}

@ObjectType()
export class ScreeningRoundConnection extends Connection(ScreeningRound) {}

@ObjectType({
  description: 'Why a candidate was picked: one line per indicator and household rule, in words',
})
export class CandidateReason {
  @Field(() => String) code!: string;
  @Field(() => String) label!: string;
  @Field(() => Float) points!: number;
}

@ObjectType({ description: "One indicator's part of the score, as stored when the round ran" })
export class IndicatorContribution {
  @Field(() => String) kind!: string;
  @Field(() => ID) personId!: string;
  @Field(() => LocalDateScalar) observedOn!: string;
  @Field(() => Float) value!: number;
  @Field(() => Float) weight!: number;
  @Field(() => Float) units!: number;
  @Field(() => Float, { description: 'The fading factor, 0.5^(age/half-life)' }) fade!: number;
  @Field(() => Float) points!: number;
}

@ObjectType()
export class RuleContribution {
  @Field(() => String) code!: string;
  @Field(() => String) label!: string;
  @Field(() => Float) points!: number;
}

@ObjectType({ description: '찾아가는 복지 상담: an outreach visit to a candidate household' })
export class OutreachVisit {
  @Field(() => ID) id!: string;
  @Field(() => OutreachOutcome) outcome!: DomainOutcome;
  @Field(() => String) note!: string;
  @Field(() => LocalDateScalar) visitedOn!: string;
  @Field(() => String) account!: string;
  @Field(() => Date) recordedAt!: Date;
}

@ObjectType({ description: '발굴 대상자: a household a round sent to its 읍면동' })
export class Candidate {
  @Field(() => ID) id!: string;
  roundId!: string;
  householdId!: string;
  regionCode!: string;
  ruleSetId!: string;
  @Field(() => Int, { description: 'Rank within its 시군구' }) rank!: number;
  @Field(() => Float) score!: number;
  @Field(() => PickedBy) pickedBy!: PickedBy;
  @Field(() => CandidateStatus) status!: CandidateStatus;
  @Field(() => OutreachOutcome, { nullable: true }) lastOutcome!: DomainOutcome | null;
  indicators!: IndicatorContribution[];
  rules!: RuleContribution[];
}

@ObjectType()
export class CandidateConnection extends Connection(Candidate) {}

@InputType()
export class CandidateFilter {
  @Field(() => ID, { nullable: true, description: 'Only this round (default: every round sent)' })
  roundId?: string;
  @Field(() => String, { nullable: true, description: 'A 시군구 or 읍면동 code inside your area' })
  regionCode?: string;
  @Field(() => Float, { nullable: true }) minScore?: number;
  @Field(() => CandidateStatus, { nullable: true }) status?: CandidateStatus;
}

export enum CandidateOrder {
  RANK = 'RANK',
  SCORE_DESC = 'SCORE_DESC',
  NEWEST = 'NEWEST',
}
registerEnumType(CandidateOrder, { name: 'CandidateOrder' });

@InputType()
export class StartScreeningRoundInput {
  @Field(() => LocalDateScalar, { nullable: true, description: 'Defaults to today (Korea)' }) asOf?: string;
  @Field(() => [ID], {
    nullable: true,
    description:
      'The rule set ids the analyst confirmed (nextRoundRules); CONFLICT when the rules in force changed since',
  })
  confirmedRuleSetIds?: string[];
}

@ObjectType({ description: 'The rule versions a round started now would use, for the confirmation' })
export class ScreeningRoundRules {
  @Field(() => ScreeningRuleSet) nationalRules!: ScreeningRuleSet;
  @Field(() => [ScreeningRuleSet], { description: "Each 시군구's own rules, by region" })
  localRules!: ScreeningRuleSet[];
}

@ObjectType()
export class StartScreeningRoundPayload {
  @Field(() => ScreeningRound, { nullable: true }) round!: ScreeningRound | null;
  @Field(() => [UserError], { description: 'CONFLICT (a round is running), VALIDATION' })
  errors!: UserError[];
}

@InputType()
export class RecordOutreachVisitInput {
  @Field(() => ID) candidateId!: string;
  @Field(() => OutreachOutcome) outcome!: DomainOutcome;
  @Field(() => String, { nullable: true }) note?: string;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Defaults to today' }) visitedOn?: string;
}

@ObjectType()
export class RecordOutreachVisitPayload {
  @Field(() => OutreachVisit, { nullable: true }) visit!: OutreachVisit | null;
  @Field(() => Candidate, { nullable: true }) candidate!: Candidate | null;
  @Field(() => [UserError], { description: 'NOT_FOUND, FORBIDDEN, INVALID_STATE, VALIDATION' })
  errors!: UserError[];
}
