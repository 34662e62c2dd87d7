import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { estimateBenefits, parametersInForce, valueInForce } from '@ieum/domain';
import { loadBenefitParameters } from './benefit-parameters';

describe('benefit parameter files', () => {
  const table = loadBenefitParameters();

  it('loads every file in libs/db/data/benefits', () => {
    expect(table.size).toBe(48);
    const r = valueInForce(table, 'median_income.size_5', '2026-01-01');
    expect(r.ok && r.value.value).toBe(7556719);
  });

  it('has a value in force for every parameter from 2025-01-01 on', () => {
    expect(parametersInForce(table, '2025-01-01')).toHaveLength(table.size);
  });

  it('gives the engine what it reads on the first and last day of the years', () => {
    for (const asOf of ['2025-01-01', '2025-12-31', '2026-01-01', '2026-12-31']) {
      const r = estimateBenefits(table, {
        asOf,
        regionClass: { livelihood: 'SEOUL', pension: 'BIG_CITY' },
        members: [
          {
            birthDate: '1950-01-01',
            relationship: 'HEAD',
            disabled: false,
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
