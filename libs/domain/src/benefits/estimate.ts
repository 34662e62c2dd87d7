import { err, ok, type Result } from '../result';
import { basicPension } from './basic-pension';
import type { BasicLivelihoodContext } from './basic-livelihood';
import { childAllowance } from './child-allowance';
import { disabilityPension } from './disability-pension';
import { education } from './education';
import { emergencyLivelihood } from './emergency-livelihood';
import type { BenefitHousehold } from './household';
import { housing } from './housing';
import { recognizedIncome } from './income-recognition';
import { livelihood } from './livelihood';
import { medical } from './medical';
import type { ParameterMissing, ParameterTable } from './parameters';
import { parentBenefit } from './parent-benefit';
import type { ProgrammeResult } from './programme';
import { medianIncome } from './selection';
import { MissingParameterSignal, ParameterReader } from './trace';

export interface BenefitEstimate {
  asOf: string;
  householdSize: number;
  medianIncome: number;
  /** 소득인정액 of the 국민기초생활보장 programmes (기초연금 counted as income). */
  incomeRecognized: number;
  results: ProgrammeResult[];
}

/**
 * Every programme for one household on its asOf date. 기초연금 is computed first because the
 * 국민기초생활보장 programmes count it as income; a parameter with no value in force on the date
 * answers PARAMETER_MISSING rather than a number.
 */
export function estimateBenefits(
  table: ParameterTable,
  household: BenefitHousehold,
): Result<BenefitEstimate, ParameterMissing> {
  return estimateWithReader(new ParameterReader(table, household.asOf), household);
}

/** estimateBenefits with a reader for the household's date, shared by the batch form (batch.ts). */
export function estimateWithReader(
  reader: ParameterReader,
  household: BenefitHousehold,
): Result<BenefitEstimate, ParameterMissing> {
  if (reader.date !== household.asOf) {
    throw new Error(`reader for ${reader.date} used for a household on ${household.asOf}`);
  }
  try {
    const pension = basicPension(household, reader);
    const recognized = recognizedIncome(household, reader, pension.byMember);
    const ctx: BasicLivelihoodContext = { household, reader, recognized };
    const { byMember, ...pensionResult } = pension;
    const livelihoodResult = livelihood(ctx);
    const medicalResult = medical(ctx);
    return ok({
      asOf: household.asOf,
      householdSize: household.members.length,
      medianIncome: medianIncome(reader, household.members.length).value,
      incomeRecognized: recognized.total,
      results: [
        livelihoodResult,
        medicalResult,
        housing(ctx),
        education(ctx),
        pensionResult,
        childAllowance(household, reader),
        parentBenefit(household, reader),
        disabilityPension({
          household,
          reader,
          livelihoodOrMedical: livelihoodResult.eligible || medicalResult.eligible,
        }),
        emergencyLivelihood(household, reader, byMember),
      ],
    });
  } catch (e) {
    if (e instanceof MissingParameterSignal) return err(e.missing);
    throw e;
  }
}
