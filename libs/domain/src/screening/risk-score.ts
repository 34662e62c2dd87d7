import { dayNumberOf } from '../calendar/calendar-date';
// 복지사각지대 발굴 risk score: explainable, so it returns what it added up (docs/style.md §5).
// These semantics are the contract with the SQL scoring of a 발굴 차수 (ScreeningRound): both must
// give the same score for the same household, signals, rules and asOf. Traps for the SQL side:
// kind and personId order by code unit (COLLATE "C"), fade uses float8 power(), and only the final
// score is rounded, with Math.round (halves go up, also for negative scores).
import { isIsoDate } from '../iso-date';
import type { HouseholdCondition, IndicatorRule, ScreeningRuleDocument } from './rule-document';

export interface ScoringSignal {
  personId: string;
  kind: string;
  /** YYYY-MM-DD */
  observedOn: string;
  value: number;
}

export interface ScoringHousehold {
  householdId: string;
  /** The household's 읍면동 name, e.g. '봉동읍'. */
  regionName: string;
  members: { personId: string; birthDate: string }[];
}

export interface IndicatorContribution {
  kind: string;
  personId: string;
  observedOn: string;
  value: number;
  weight: number;
  units: number;
  /** Rounded to 4 decimals for display. */
  fade: number;
  /** Rounded to 4 decimals for display; the score adds the unrounded points. */
  points: number;
}

export interface RuleContribution {
  code: string;
  label: string;
  points: number;
}

export interface HouseholdScore {
  score: number;
  indicators: IndicatorContribution[];
  rules: RuleContribution[];
  eligible: boolean;
}

const DAY_PARTS = (date: string, name: string): [number, number, number] => {
  if (!isIsoDate(date)) throw new RangeError(`${name} must be a YYYY-MM-DD calendar date`);
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
};

/**
 * 만 나이 (full years) on asOf, as 민법 제158조·제160조 count it and 「행정기본법」 제7조의2 requires
 * for administration. Someone born on 29 February turns a year older on 1 March in a common year
 * (the period ends on the last day of February), which is what PostgreSQL's age() gives too.
 */
export function ageOn(birthDate: string, asOf: string): number {
  const [by] = DAY_PARTS(birthDate, 'birthDate');
  const [ay] = DAY_PARTS(asOf, 'asOf');
  // 'MM-DD' strings compare as dates within a year.
  return ay - by - (asOf.slice(5) < birthDate.slice(5) ? 1 : 0);
}

/** Calendar days from `from` to `to` (negative when `to` is earlier); no Date, so no time zone. */
export function daysBetween(from: string, to: string): number {
  return dayNumberOf(to) - dayNumberOf(from);
}

/** A signal's weight halves every halfLifeDays: 0.5 ** (ageDays / halfLifeDays). */
export function fadeFactor(ageDays: number, halfLifeDays: number): number {
  return 0.5 ** (ageDays / halfLifeDays);
}

const round = (x: number, decimals: number): number => {
  const f = 10 ** decimals;
  return Math.round(x * f) / f;
};

/** Units of one signal: its value for perUnit rules (capped at maxUnits), else 1; never negative. */
export function unitsOf(rule: IndicatorRule, value: number): number {
  const units =
    rule.perUnit === true ? (rule.maxUnits === undefined ? value : Math.min(value, rule.maxUnits)) : 1;
  return Math.max(units, 0);
}

interface Counted {
  signal: ScoringSignal;
  weight: number;
  units: number;
  fade: number;
  points: number;
}

// Within one kind: most points, then the later observation, then the smaller value (what
// SIGNAL_VALUE_BELOW reads), then the smaller personId. The screening SQL keeps the same order.
function isBetter(a: Counted, b: Counted): boolean {
  if (a.points !== b.points) return a.points > b.points;
  if (a.signal.observedOn !== b.signal.observedOn) return a.signal.observedOn > b.signal.observedOn;
  if (a.signal.value !== b.signal.value) return a.signal.value < b.signal.value;
  return a.signal.personId < b.signal.personId;
}

/**
 * Scores one household for 복지사각지대 발굴.
 * - Counted: signals of members of the household, whose kind has an indicator rule, observed in
 *   (asOf - lookbackDays, asOf].
 * - Per signal: points = weight × units × 0.5^(ageDays / halfLifeDays).
 * - Per kind ONE contribution, the signal with the most points: the analysis is per household, so
 *   a crisis counts once however many members show it.
 * - Household rules whose conditions all hold add their points.
 * - score = sum of all, rounded to 2 decimals at the end; eligible when some indicator has points
 *   > 0 and score >= minScore.
 */
export function scoreHousehold(
  household: ScoringHousehold,
  signals: ScoringSignal[],
  rules: ScreeningRuleDocument,
  asOf: string,
): HouseholdScore {
  if (!isIsoDate(asOf)) throw new RangeError('asOf must be a YYYY-MM-DD calendar date');
  const memberIds = new Set(household.members.map((m) => m.personId));

  const bestByKind = new Map<string, Counted>();
  for (const signal of signals) {
    if (!memberIds.has(signal.personId)) continue;
    if (!Object.prototype.hasOwnProperty.call(rules.indicators, signal.kind)) continue;
    const ageDays = daysBetween(signal.observedOn, asOf);
    if (ageDays < 0 || ageDays >= rules.lookbackDays) continue;
    const rule = rules.indicators[signal.kind];
    const units = unitsOf(rule, signal.value);
    const fade = fadeFactor(ageDays, rules.halfLifeDays);
    const counted: Counted = { signal, weight: rule.weight, units, fade, points: rule.weight * units * fade };
    const best = bestByKind.get(signal.kind);
    if (best === undefined || isBetter(counted, best)) bestByKind.set(signal.kind, counted);
  }

  const kept = [...bestByKind.values()].sort((a, b) =>
    a.points !== b.points
      ? b.points - a.points
      : a.signal.kind < b.signal.kind
        ? -1
        : a.signal.kind > b.signal.kind
          ? 1
          : 0,
  );

  const applied = rules.householdRules.filter((r) =>
    r.when.every((c) => conditionHolds(c, household, bestByKind, asOf)),
  );

  // Sum in display order, unrounded; only the total is rounded.
  let total = 0;
  for (const c of kept) total += c.points;
  for (const r of applied) total += r.points;
  const score = round(total, 2);

  return {
    score,
    indicators: kept.map((c) => ({
      kind: c.signal.kind,
      personId: c.signal.personId,
      observedOn: c.signal.observedOn,
      value: c.signal.value,
      weight: c.weight,
      units: c.units,
      fade: round(c.fade, 4),
      points: round(c.points, 4),
    })),
    rules: applied.map((r) => ({ code: r.code, label: r.label, points: r.points })),
    eligible: kept.some((c) => c.points > 0) && score >= rules.minScore,
  };
}

function conditionHolds(
  c: HouseholdCondition,
  household: ScoringHousehold,
  counted: ReadonlyMap<string, Counted>,
  asOf: string,
): boolean {
  switch (c.type) {
    case 'RURAL': {
      // 읍 and 면 are the rural units of 지방자치법 제7조; a 동 is urban.
      const name = household.regionName.trim();
      return name.endsWith('읍') || name.endsWith('면');
    }
    case 'ALL_MEMBERS_AGED_AT_LEAST':
      return (
        household.members.length > 0 && household.members.every((m) => ageOn(m.birthDate, asOf) >= c.age)
      );
    case 'ANY_MEMBER_AGED_UNDER':
      return household.members.some((m) => ageOn(m.birthDate, asOf) < c.age);
    case 'MEMBER_COUNT_AT_MOST':
      return household.members.length <= c.count;
    case 'SIGNAL_VALUE_BELOW': {
      const kept = counted.get(c.kind);
      return kept !== undefined && kept.signal.value < c.threshold;
    }
    case 'DISTINCT_KINDS_AT_LEAST': {
      let kinds = 0;
      for (const k of counted.values()) if (k.points > 0) kinds++;
      return kinds >= c.count;
    }
    default:
      return assertUnreachable(c);
  }
}

function assertUnreachable(x: never): never {
  throw new Error(`unknown household condition ${JSON.stringify(x)}`);
}
