import type { ReferralAction, ReferralOutcome, ReferralStatus } from '../../generated/graphql';

export const REFERRAL_STATUSES: readonly ReferralStatus[] = [
  'SENT',
  'RECEIVED',
  'ACCEPTED',
  'DECLINED',
  'IN_SERVICE',
  'COMPLETED',
  'CANCELLED',
];
export const REFERRAL_OUTCOMES: readonly ReferralOutcome[] = [
  'SERVED',
  'NOT_ELIGIBLE',
  'NO_CAPACITY',
  'UNREACHABLE',
  'DECLINED_BY_RESIDENT',
  'REFERRED_ELSEWHERE',
];
/** The order the buttons appear in, which is the order of the 의뢰·회송 steps. */
export const REFERRAL_ACTIONS: readonly ReferralAction[] = [
  'RECEIVE',
  'ACCEPT',
  'DECLINE',
  'START_SERVICE',
  'COMPLETE',
  'CANCEL',
];
