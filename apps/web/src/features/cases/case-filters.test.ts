import { describe, expect, it } from 'vitest';
import { caseFilterOf, caseFiltersFromParams, caseFiltersToParams } from './case-filters';

describe('case list filters', () => {
  it('reads every filter from the URL and asks the API for them', () => {
    const form = caseFiltersFromParams(
      new URLSearchParams('status=OPEN&dong=1111053000&worker=u1&overdue=1&stalled=30'),
      true,
    );
    expect(caseFilterOf(form)).toEqual({
      status: 'OPEN',
      regionCode: '1111053000',
      responsibleUserId: 'u1',
      overdue: true,
      stalledDays: 30,
    });
  });

  it('leaves out 동 and worker for someone who does not oversee a district', () => {
    const form = caseFiltersFromParams(new URLSearchParams('dong=1111053000&worker=u1&mine=1'), false);
    expect(caseFilterOf(form)).toEqual({ mine: true });
  });

  it.each(['0', '-3', 'abc', '12345'])('ignores a stall of %s days', (stalled) => {
    expect(caseFiltersFromParams(new URLSearchParams({ stalled }), true).stalled).toBe('');
  });

  it('writes only what is set into the URL, and reads it back the same', () => {
    const form = caseFiltersFromParams(new URLSearchParams('stalled=14&overdue=1'), true);
    const params = caseFiltersToParams(form);
    expect(params.toString()).toBe('overdue=1&stalled=14');
    expect(caseFiltersFromParams(params, true)).toEqual(form);
  });
});
