import {
  batchEvaluator,
  checkBenefitInput,
  compactTrace,
  parameterFamilyLabel,
  reverificationExplanation,
  reverificationOutcome,
  traceDifferences,
  type ParameterTable,
  type StoredTraceStep,
  type TraceStep,
  type UsedParameter,
} from '@ieum/domain';
import {
  householdOfRows,
  regionClassCache,
  type FactRow,
  type IncomeRow,
  type MemberRow,
  type PropertyRow,
} from '../eligibility/means-rows';

// One chunk of 확인조사: each current recipient evaluated on the run's date with the means in force
// (the newest per member and income kind), each programme it receives compared with the decision in
// force, as rows ready for one INSERT. Runs in a worker thread (reverification-worker.ts): the engine's
// CPU stays off the thread that answers requests.

/** [decisionId, programme, monthlyAmount, parameterSetId, stored trace] of a decision in force. */
type DecisionIn = [string, string, number | null, number, StoredTraceStep[]];

/**
 * [householdId, regionCode, sigunguName, meansId, members, incomes, property, facts, feedUsed,
 * decisions] as the chunk query (reverification.service.ts) reads them.
 */
export type RecipientRow = [
  string,
  string,
  string | null,
  string | null,
  MemberRow[],
  IncomeRow[] | null,
  PropertyRow[] | null,
  FactRow[] | null,
  boolean,
  DecisionIn[],
];

/** One change as jsonb_to_recordset reads it. */
export interface ChangeRow {
  h: string;
  region: string;
  p: string;
  kind: string;
  old: number | null;
  new: number | null;
  ends: string | null;
  expl: string;
  d: string;
  m: string | null;
  el: boolean;
  thr: number | null;
  inc: number | null;
  reasons: string[];
  trace: StoredTraceStep[] | null;
  /** The incomes the run used, when a means feed changed them (a confirmation records them). */
  fi: IncomeRow[] | null;
}

export interface RecipientSettings {
  asOf: string;
  today: string;
  noticeDays: number;
  /** Every stored parameter set by id, for the old decisions' traces. */
  parameterSets: Record<number, UsedParameter[]>;
}

export function recipientEvaluator(table: ParameterTable, settings: RecipientSettings) {
  const evaluator = batchEvaluator(table, settings.asOf);
  const regionClassOf = regionClassCache();
  const sets = new Map<number, Map<string, UsedParameter>>();
  const setOf = (id: number) => {
    let s = sets.get(id);
    if (!s) sets.set(id, (s = new Map((settings.parameterSets[id] ?? []).map((p) => [p.name, p]))));
    return s;
  };
  const describe = (name: string) => {
    const p = table.get(name);
    return p ? parameterFamilyLabel(p.description) : name;
  };
  // The old trace readable again; a parameter missing from its set (never, but a trace is old data)
  // is compared by name alone.
  const expand = (stored: StoredTraceStep[], setId: number): TraceStep[] => {
    const set = setOf(setId);
    return stored.map(([label, formula, value, names]) => ({
      label,
      formula,
      value,
      parameters: names.map(
        (name) => set.get(name) ?? { name, effectiveFrom: '', value: '', unverified: true },
      ),
    }));
  };

  return (rows: RecipientRow[]): { changes: ChangeRow[]; skipped: number } => {
    const changes: ChangeRow[] = [];
    let skipped = 0;
    for (const [
      h,
      region,
      sigungu,
      meansId,
      members,
      incomes,
      property,
      facts,
      feedUsed,
      decisions,
    ] of rows) {
      if (sigungu === null || !members?.length) {
        skipped++;
        continue;
      }
      const household = householdOfRows(
        settings.asOf,
        regionClassOf(region, sigungu),
        { members, incomes, property, facts },
        { incomeSource: 'QUERIED' },
      );
      // What decideEligibility would refuse (a member born after the date) is not guessed at.
      if (checkBenefitInput(household, settings.today).length) {
        skipped++;
        continue;
      }
      const { asOf: _asOf, ...batchHousehold } = household;
      const estimate = evaluator.estimate(batchHousehold);
      if (!estimate.ok) throw new Error(estimate.error.message);
      const byProgramme = new Map(estimate.value.results.map((r) => [r.programme as string, r]));
      for (const [decisionId, programme, amount, setId, trace] of decisions) {
        const now = byProgramme.get(programme);
        if (!now) continue;
        const oldAmount = amount === null ? null : Number(amount);
        const outcome = reverificationOutcome(
          { eligible: true, monthlyAmount: oldAmount },
          now,
          settings.asOf,
          settings.noticeDays,
        );
        const differences = traceDifferences(expand(trace, setId), now.trace, describe);
        changes.push({
          h,
          region,
          p: programme,
          kind: outcome.kind,
          old: outcome.oldAmount,
          new: outcome.newAmount,
          ends: outcome.endsOn,
          expl: reverificationExplanation(outcome, differences),
          d: decisionId,
          m: meansId,
          el: now.eligible,
          thr: now.threshold,
          inc: now.incomeRecognized,
          reasons: now.reasons,
          // What a confirmation decides; a CONTINUE changes nothing and keeps no trace.
          trace: outcome.kind === 'CONTINUE' ? null : compactTrace(now.trace),
          fi: feedUsed && outcome.kind !== 'CONTINUE' ? (incomes ?? []) : null,
        });
      }
    }
    return { changes, skipped };
  };
}
