import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { estimateBenefits, parametersInForce, valueInForce } from '@ieum/domain';
import { loadBenefitParameters } from './benefit-parameters';

describe('benefit parameter files', () => {
  const table = loadBenefitParameters();

  it('loads every file in libs/db/data/benefits', () => {
    expect(table.size).toBe(83);
    const r = valueInForce(table, 'median_income.size_5', '2026-01-01');
    expect(r.ok && r.value.value).toBe(7556719);
  });

  // 기준임대료 cells and 긴급복지 amounts exist only for the sizes and years the sources give; the rules
  // read them as optional (no amount, with a reason). Every other parameter has a value from 2025.
  const OPTIONAL = /^(housing\.base_rent\.|emergency\.livelihood_amount\.)/;
  it('has a value in force for every parameter from 2025-01-01 on, but the optional cells', () => {
    const inForce = new Set(parametersInForce(table, '2025-01-01').map((r) => r.parameter.name));
    const missing = [...table.keys()].filter((n) => !inForce.has(n));
    expect(missing.every((n) => OPTIONAL.test(n))).toBe(true);
    expect(missing).toContain('emergency.livelihood_amount.size_1');
  });

  it.each([
    { name: 'disability_pension.threshold_single', date: '2026-01-01', value: 1400000, unverified: true },
    { name: 'disability_pension.threshold_couple', date: '2025-12-31', value: 2208000, unverified: true },
    { name: 'emergency.income_pct_of_median', date: '2026-01-01', value: 75, unverified: false },
    { name: 'emergency.livelihood_amount.size_4', date: '2026-01-01', value: 1995000, unverified: true },
    { name: 'housing.base_rent.grade_1.size_6', date: '2026-01-01', value: 699000, unverified: false },
    { name: 'housing.payout_rounding', date: '2026-01-01', value: 'CEIL_10', unverified: true },
  ])('$name on $date is $value (unverified $unverified)', ({ name, date, value, unverified }) => {
    const r = valueInForce(table, name, date);
    expect(r.ok && [r.value.value, r.value.unverified]).toEqual([value, unverified]);
  });

  it('gives the engine what it reads on the first and last day of the years', () => {
    for (const asOf of ['2025-01-01', '2025-12-31', '2026-01-01', '2026-12-31']) {
      const r = estimateBenefits(table, {
        asOf,
        regionClass: { livelihood: 'SEOUL', pension: 'BIG_CITY', housing: 1 },
        members: [
          {
            birthDate: '1950-01-01',
            relationship: 'HEAD',
            disabled: true,
            disabilitySevere: true,
            student: false,
            monthlyIncome: {
              earned: 0,
              business: 0,
              property: 0,
              pension: 0,
              publicTransfer: 0,
              privateTransfer: 0,
            },
          },
        ],
        property: { residential: 0, general: 0, financial: 0, debt: 0, cars: [] },
        supportObligor: 'NONE',
        housing: { tenure: 'RENT', monthlyRent: 300000, deposit: 0 },
        crisisSituation: true,
      });
      expect(r.ok, asOf).toBe(true);
    }
  });
});

describe('loadBenefitParameters refuses a bad file', () => {
  const good = {
    description: 'x',
    unit: 'KRW',
    values: [{ from: '2025-01-01', value: 1, source: 'law' }],
  };
  const withFiles = (files: Record<string, unknown>) => {
    const dir = mkdtempSync(join(tmpdir(), 'ieum-params-'));
    for (const [name, body] of Object.entries(files)) {
      writeFileSync(join(dir, name), typeof body === 'string' ? body : JSON.stringify(body));
    }
    return () => loadBenefitParameters(dir);
  };
  const file = (parameters: Record<string, unknown>) => ({ family: 'f', parameters });

  it.each([
    { what: 'not JSON', body: '{ nope', message: 'bad.json: (file): is not JSON' },
    { what: 'no family', body: { parameters: { 'a.b': good } }, message: 'bad.json: family: must be' },
    {
      what: 'a date out of order',
      body: file({
        'a.b': {
          ...good,
          values: [
            { from: '2026-01-01', value: 1, source: 's' },
            { from: '2025-01-01', value: 2, source: 's' },
          ],
        },
      }),
      message: 'bad.json: parameters.a.b.values[1].from: must come after 2026-01-01',
    },
    {
      what: 'no source',
      body: file({ 'a.b': { ...good, values: [{ from: '2025-01-01', value: 1 }] } }),
      message: 'bad.json: parameters.a.b.values[0].source: must name a source',
    },
    {
      what: 'a fractional won',
      body: file({ 'a.b': { ...good, values: [{ from: '2025-01-01', value: 1.5, source: 's' }] } }),
      message: 'bad.json: parameters.a.b.values[0].value: must be a whole number (KRW)',
    },
    {
      what: 'an unknown unit',
      body: file({ 'a.b': { ...good, unit: 'USD' } }),
      message: 'bad.json: parameters.a.b.unit: must be one of',
    },
    {
      what: 'a bad date',
      body: file({ 'a.b': { ...good, values: [{ from: '2025-02-30', value: 1, source: 's' }] } }),
      message: 'bad.json: parameters.a.b.values[0].from: must be a date',
    },
  ])('loadBenefitParameters names the file, key and problem for $what', ({ body, message }) => {
    expect(withFiles({ 'bad.json': body })).toThrow(message);
  });

  it('loadBenefitParameters refuses a name defined in two files', () => {
    expect(withFiles({ 'a.json': file({ 'a.b': good }), 'b.json': file({ 'a.b': good }) })).toThrow(
      'b.json: a.b: already defined in a.json',
    );
  });
});
