// 서비스 중복 지원 방지: the one rule for when two provisions to a household are the same help given
// twice, and the checks a provision must pass before it is written. Periods are 'YYYY-MM-DD' dates,
// both ends included; a provision without an end is open-ended.
import { NEEDS_DOMAINS, type NeedsDomain } from '../cases/case-rules';
import { fieldProblem, type FieldProblem } from '../validation/validation-rule';

export interface ProvisionPeriod {
  startsOn: string;
  /** null: open-ended (still given). */
  endsOn: string | null;
}

/** What the overlap rule reads of a provision. */
export interface ProvisionFacts extends ProvisionPeriod {
  householdId: string;
  resourceId: string | null;
  needsDomain: NeedsDomain | null;
  /** The resource's exclusive category (e.g. 밑반찬 배달) as it was when recorded. */
  exclusiveCategory: string | null;
}

/** Inclusive periods share a day: touching on one day counts; an open end reaches forever. */
export function periodsOverlap(a: ProvisionPeriod, b: ProvisionPeriod): boolean {
  return (a.endsOn === null || b.startsOn <= a.endsOn) && (b.endsOn === null || a.startsOn <= b.endsOn);
}

const category = (c: string | null) => (c ?? '').trim().normalize('NFC');

/**
 * Two provisions overlap when they go to the same household over periods that share a day, and
 * are either of the same resource, or meet the same needs domain with the same exclusive
 * category (밑반찬 배달 from two agencies is one too many; a food bank and meal delivery are not).
 */
export function provisionsOverlap(a: ProvisionFacts, b: ProvisionFacts): boolean {
  if (a.householdId !== b.householdId || !periodsOverlap(a, b)) return false;
  if (a.resourceId !== null && a.resourceId === b.resourceId) return true;
  const c = category(a.exclusiveCategory);
  return (
    c !== '' &&
    a.needsDomain !== null &&
    a.needsDomain === b.needsDomain &&
    c === category(b.exclusiveCategory)
  );
}

/** The recorded provisions a new one would overlap, in their order. */
export function overlapsOf<T extends ProvisionFacts>(candidate: ProvisionFacts, recorded: readonly T[]): T[] {
  return recorded.filter((r) => provisionsOverlap(candidate, r));
}

export const PROVISION_LIMITS = { service: 200, overrideReason: 500, note: 2000 } as const;

export interface ProvisionInput {
  resourceId?: string | null;
  service?: string | null;
  needsDomain?: string | null;
  startsOn: string;
  endsOn?: string | null;
  amount?: number | null;
  overrideReason?: string | null;
}

/**
 * A provision names a directory resource, or (when the help is not in the directory) a service in
 * words and its needs domain; its end is not before its start; an amount is whole won, not negative.
 * A CHECK (the overlap question asked before recording) needs no service words.
 */
export function checkProvisionInput(
  input: ProvisionInput,
  purpose: 'RECORD' | 'CHECK' = 'RECORD',
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const service = (input.service ?? '').trim();
  if (!input.resourceId) {
    if (!service && purpose === 'RECORD')
      problems.push(fieldProblem('service', 'REQUIRED', 'Name the service, or choose a resource.'));
    if (!input.needsDomain)
      problems.push(fieldProblem('needsDomain', 'REQUIRED', 'Choose the needs domain, or a resource.'));
  }
  if (service.length > PROVISION_LIMITS.service)
    problems.push(
      fieldProblem('service', 'TOO_LONG', `At most ${PROVISION_LIMITS.service} characters.`, {
        limit: PROVISION_LIMITS.service,
      }),
    );
  if (input.needsDomain && !(NEEDS_DOMAINS as readonly string[]).includes(input.needsDomain))
    problems.push(
      fieldProblem('needsDomain', 'NOT_ALLOWED_VALUE', `Unknown needs domain ${input.needsDomain}.`),
    );
  if (input.endsOn && input.endsOn < input.startsOn)
    problems.push(fieldProblem('endsOn', 'DATE_BEFORE_START', 'The end is before the start.'));
  if (input.amount != null && !(Number.isSafeInteger(input.amount) && input.amount >= 0))
    problems.push(
      fieldProblem('amount', 'OUT_OF_RANGE', 'An amount is whole won, 0 or more.', {
        min: 0,
        max: Number.MAX_SAFE_INTEGER,
      }),
    );
  if ((input.overrideReason ?? '').trim().length > PROVISION_LIMITS.overrideReason)
    problems.push(
      fieldProblem('overrideReason', 'TOO_LONG', `At most ${PROVISION_LIMITS.overrideReason} characters.`, {
        limit: PROVISION_LIMITS.overrideReason,
      }),
    );
  return problems;
}
