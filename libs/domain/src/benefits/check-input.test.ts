import { describe, expect, it } from 'vitest';
import { household, member } from './benefit-fixtures.test-data';
import { checkBenefitInput } from './check-input';

const TODAY = '2026-12-02';
const fields = (h: ReturnType<typeof household>) =>
  checkBenefitInput(h, TODAY).map((p) => `${p.field} ${p.rule}`);

describe('checkBenefitInput', () => {
  it('accepts a plain household', () => {
    expect(fields(household())).toEqual([]);
  });

  it.each([
    { what: 'zero members', h: household({ members: [] }), expected: ['members TOO_FEW'] },
    {
      what: 'a negative income',
      h: household({ members: [member({ income: { earned: -1 } })] }),
      expected: ['members.0.monthlyIncome.earned OUT_OF_RANGE'],
    },
    {
      what: 'an absurd income',
      h: household({ members: [member({ income: { business: 1_000_000_001 } })] }),
      expected: ['members.0.monthlyIncome.business OUT_OF_RANGE'],
    },
    {
      what: 'a fractional amount',
      h: household({ property: { residential: 0.5, general: 0, financial: 0, debt: 0, cars: [] } }),
      expected: ['property.residential OUT_OF_RANGE'],
    },
    {
      what: 'a birth date after the date asked',
      h: household({ asOf: '2026-03-01', members: [member({ birthDate: '2026-03-02' })] }),
      expected: ['members.0.birthDate DATE_IN_FUTURE'],
    },
    {
      what: 'a birth date after today',
      h: household({ asOf: '2027-06-01', members: [member({ birthDate: '2026-12-03' })] }),
      expected: ['members.0.birthDate DATE_IN_FUTURE'],
    },
    {
      what: 'a car of year 3000',
      h: household({
        property: {
          residential: 0,
          general: 0,
          financial: 0,
          debt: 0,
          cars: [{ value: 1, engineCc: 1000, modelYear: 3000, use: 'PRIVATE' }],
        },
      }),
      expected: ['property.cars.0.modelYear OUT_OF_RANGE'],
    },
    {
      what: 'a severe disability without disabled',
      h: household({ members: [member({ disabilitySevere: true })] }),
      expected: ['members.0.disabilitySevere NOT_ALLOWED_VALUE'],
    },
    {
      what: 'a negative rent',
      h: household({ housing: { tenure: 'RENT', monthlyRent: -1, deposit: 0 } }),
      expected: ['housing.monthlyRent OUT_OF_RANGE'],
    },
    {
      what: 'an absurd deposit',
      h: household({ housing: { tenure: 'RENT', monthlyRent: 0, deposit: 1_000_000_000_001 } }),
      expected: ['housing.deposit OUT_OF_RANGE'],
    },
    {
      what: 'an unknown tenure',
      h: household({ housing: { tenure: 'SQUAT' as 'RENT', monthlyRent: 0, deposit: 0 } }),
      expected: ['housing.tenure NOT_ALLOWED_VALUE'],
    },
  ])('refuses $what', ({ h, expected }) => {
    expect(fields(h)).toEqual(expected);
  });
});
