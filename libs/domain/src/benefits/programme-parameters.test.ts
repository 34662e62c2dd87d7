import { describe, expect, it } from 'vitest';
import { basicPension } from './basic-pension';
import { household, member, PARAMETERS } from './benefit-fixtures.test-data';
import { childAllowance } from './child-allowance';
import { disabilityPension } from './disability-pension';
import { education } from './education';
import { emergencyLivelihood } from './emergency-livelihood';
import { housing } from './housing';
import { recognizedIncome } from './income-recognition';
import { livelihood } from './livelihood';
import { medical } from './medical';
import { parentBenefit } from './parent-benefit';
import { MissingParameterSignal, ParameterReader } from './trace';

// Every rule module, asked for a date before the first value of its parameters (the fixture starts
// 2025-01-01), stops with PARAMETER_MISSING naming a parameter and the date: never a number.
const BEFORE = '2024-12-31';
const h = household({ asOf: BEFORE, members: [member({ disabled: true, disabilitySevere: true })] });
const early = () => new ParameterReader(PARAMETERS, BEFORE);
// The 국민기초생활보장 modules get a 소득인정액 computed on a date that has values.
const basicCtx = () => {
  const later = household({ members: h.members });
  return {
    household: h,
    reader: early(),
    recognized: recognizedIncome(later, new ParameterReader(PARAMETERS, later.asOf), [0]),
  };
};

describe('PARAMETER_MISSING by programme', () => {
  it.each([
    { programme: 'LIVELIHOOD', run: () => livelihood(basicCtx()), parameter: /^median_income\./ },
    { programme: 'MEDICAL', run: () => medical(basicCtx()), parameter: /^median_income\./ },
    { programme: 'HOUSING', run: () => housing(basicCtx()), parameter: /^median_income\./ },
    { programme: 'EDUCATION', run: () => education(basicCtx()), parameter: /^median_income\./ },
    { programme: 'BASIC_PENSION', run: () => basicPension(h, early()), parameter: /^basic_pension\./ },
    { programme: 'CHILD_ALLOWANCE', run: () => childAllowance(h, early()), parameter: /^child_allowance\./ },
    { programme: 'PARENT_BENEFIT', run: () => parentBenefit(h, early()), parameter: /^parent_benefit\./ },
    {
      programme: 'DISABILITY_PENSION',
      run: () => disabilityPension({ household: h, reader: early(), livelihoodOrMedical: false }),
      parameter: /^disability_pension\./,
    },
    {
      programme: 'EMERGENCY_LIVELIHOOD',
      run: () => emergencyLivelihood(h, early(), [0]),
      parameter: /^emergency\./,
    },
  ])('$programme before its first value names the parameter and the date', ({ run, parameter }) => {
    let caught: unknown;
    try {
      run();
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(MissingParameterSignal);
    const missing = (caught as MissingParameterSignal).missing;
    expect(missing).toMatchObject({ code: 'PARAMETER_MISSING', date: BEFORE });
    expect(missing.parameter).toMatch(parameter);
  });
});
