import { describe, expect, it } from 'vitest';
import {
  checkProvisionInput,
  overlapsOf,
  periodsOverlap,
  provisionsOverlap,
  type ProvisionFacts,
} from './provision-rules';

const given = (over: Partial<ProvisionFacts> = {}): ProvisionFacts => ({
  householdId: 'h1',
  resourceId: null,
  needsDomain: 'DAILY_LIVING',
  exclusiveCategory: '밑반찬 배달',
  startsOn: '2026-03-01',
  endsOn: '2026-03-31',
  ...over,
});

describe('periodsOverlap', () => {
  it.each([
    { name: 'apart', a: ['2026-01-01', '2026-01-31'], b: ['2026-02-01', '2026-02-28'], overlap: false },
    {
      name: 'touching on one day',
      a: ['2026-01-01', '2026-01-31'],
      b: ['2026-01-31', '2026-02-28'],
      overlap: true,
    },
    {
      name: 'touching the other way',
      a: ['2026-02-01', '2026-02-28'],
      b: ['2026-01-01', '2026-02-01'],
      overlap: true,
    },
    {
      name: 'one inside the other',
      a: ['2026-01-01', '2026-12-31'],
      b: ['2026-05-05', '2026-05-05'],
      overlap: true,
    },
    {
      name: 'open-ended, later start',
      a: ['2026-01-01', null],
      b: ['2030-01-01', '2030-01-02'],
      overlap: true,
    },
    {
      name: 'open-ended, ended before it',
      a: ['2026-01-01', null],
      b: ['2025-01-01', '2025-12-31'],
      overlap: false,
    },
    { name: 'both open-ended', a: ['2026-01-01', null], b: ['2020-01-01', null], overlap: true },
    {
      name: 'same single day',
      a: ['2026-01-01', '2026-01-01'],
      b: ['2026-01-01', '2026-01-01'],
      overlap: true,
    },
  ])('is $overlap when $name', ({ a, b, overlap }) => {
    const p = ([startsOn, endsOn]: (string | null)[]) => ({ startsOn: startsOn!, endsOn: endsOn ?? null });
    expect(periodsOverlap(p(a), p(b))).toBe(overlap);
    expect(periodsOverlap(p(b), p(a))).toBe(overlap);
  });
});

describe('provisionsOverlap', () => {
  it.each<{ name: string; other: Partial<ProvisionFacts>; mine?: Partial<ProvisionFacts>; overlap: boolean }>(
    [
      { name: 'same domain and exclusive category, same month', other: {}, overlap: true },
      {
        name: 'same category with other spacing',
        other: { exclusiveCategory: ' 밑반찬 배달 ' },
        overlap: true,
      },
      {
        name: 'same domain, another exclusive category',
        other: { exclusiveCategory: '긴급생계비' },
        overlap: false,
      },
      {
        name: 'same domain, neither exclusive',
        mine: { exclusiveCategory: null },
        other: { exclusiveCategory: null },
        overlap: false,
      },
      {
        name: 'same domain, the new one not exclusive',
        mine: { exclusiveCategory: null },
        other: {},
        overlap: false,
      },
      {
        name: 'same domain, empty categories',
        mine: { exclusiveCategory: '' },
        other: { exclusiveCategory: ' ' },
        overlap: false,
      },
      { name: 'same category in another domain', other: { needsDomain: 'HEALTH' }, overlap: false },
      {
        name: 'no domain on either',
        mine: { needsDomain: null },
        other: { needsDomain: null },
        overlap: false,
      },
      {
        name: 'same resource, no category',
        mine: { resourceId: 'r1', exclusiveCategory: null },
        other: { resourceId: 'r1', exclusiveCategory: null, needsDomain: 'HEALTH' },
        overlap: true,
      },
      {
        name: 'other resources, no category',
        mine: { resourceId: 'r1', exclusiveCategory: null },
        other: { resourceId: 'r2', exclusiveCategory: null },
        overlap: false,
      },
      {
        name: 'same resource, periods apart',
        mine: { resourceId: 'r1' },
        other: { resourceId: 'r1', startsOn: '2026-04-01', endsOn: '2026-04-30' },
        overlap: false,
      },
      {
        name: 'periods touching on one day',
        other: { startsOn: '2026-03-31', endsOn: '2026-04-30' },
        overlap: true,
      },
      {
        name: 'an open-ended one from before',
        other: { startsOn: '2025-01-01', endsOn: null },
        overlap: true,
      },
      {
        name: 'one ended the day before',
        other: { startsOn: '2026-01-01', endsOn: '2026-02-28' },
        overlap: false,
      },
      { name: 'another household, same everything', other: { householdId: 'h2' }, overlap: false },
      {
        name: 'another household, same resource',
        mine: { resourceId: 'r1' },
        other: { householdId: 'h2', resourceId: 'r1' },
        overlap: false,
      },
    ],
  )('is $overlap for $name', ({ mine, other, overlap }) => {
    expect(provisionsOverlap(given(mine), given(other))).toBe(overlap);
    expect(provisionsOverlap(given(other), given(mine))).toBe(overlap);
  });

  it('lists only the overlapping recorded provisions, in order', () => {
    const recorded = [
      { ...given({ startsOn: '2026-01-01', endsOn: '2026-01-31' }), id: 'old' },
      { ...given(), id: 'same' },
      { ...given({ exclusiveCategory: null, resourceId: 'r9' }), id: 'other' },
      { ...given({ startsOn: '2026-03-31', endsOn: null }), id: 'open' },
    ];
    expect(overlapsOf(given(), recorded).map((r) => r.id)).toEqual(['same', 'open']);
  });
});

describe('checkProvisionInput', () => {
  const fields = (input: Parameters<typeof checkProvisionInput>[0]) =>
    checkProvisionInput(input).map((p) => `${p.field}:${p.rule}`);

  it('asks a CHECK for a resource or a domain, not for service words', () => {
    expect(checkProvisionInput({ needsDomain: 'ECONOMY', startsOn: '2026-03-01' }, 'CHECK')).toEqual([]);
    expect(checkProvisionInput({ startsOn: '2026-03-01' }, 'CHECK').map((p) => p.field)).toEqual([
      'needsDomain',
    ]);
  });

  it.each<{ name: string; input: Parameters<typeof checkProvisionInput>[0]; problems: string[] }>([
    { name: 'a resource alone', input: { resourceId: 'r1', startsOn: '2026-03-01' }, problems: [] },
    {
      name: 'a service and domain',
      input: {
        service: '쌀 지원',
        needsDomain: 'ECONOMY',
        startsOn: '2026-03-01',
        endsOn: '2026-03-01',
        amount: 0,
      },
      problems: [],
    },
    {
      name: 'neither resource nor service',
      input: { startsOn: '2026-03-01' },
      problems: ['service:REQUIRED', 'needsDomain:REQUIRED'],
    },
    {
      name: 'a service without its domain',
      input: { service: '쌀', startsOn: '2026-03-01' },
      problems: ['needsDomain:REQUIRED'],
    },
    {
      name: 'blank service',
      input: { service: '  ', needsDomain: 'ECONOMY', startsOn: '2026-03-01' },
      problems: ['service:REQUIRED'],
    },
    {
      name: 'an unknown domain',
      input: { service: '쌀', needsDomain: 'MAGIC', startsOn: '2026-03-01' },
      problems: ['needsDomain:NOT_ALLOWED_VALUE'],
    },
    {
      name: 'an end before the start',
      input: { resourceId: 'r1', startsOn: '2026-03-02', endsOn: '2026-03-01' },
      problems: ['endsOn:DATE_BEFORE_START'],
    },
    {
      name: 'a negative amount',
      input: { resourceId: 'r1', startsOn: '2026-03-01', amount: -1 },
      problems: ['amount:OUT_OF_RANGE'],
    },
    {
      name: 'a fractional amount',
      input: { resourceId: 'r1', startsOn: '2026-03-01', amount: 1.5 },
      problems: ['amount:OUT_OF_RANGE'],
    },
    {
      name: 'a too long reason',
      input: { resourceId: 'r1', startsOn: '2026-03-01', overrideReason: '가'.repeat(501) },
      problems: ['overrideReason:TOO_LONG'],
    },
    {
      name: 'a too long service',
      input: { service: '가'.repeat(201), needsDomain: 'ECONOMY', startsOn: '2026-03-01' },
      problems: ['service:TOO_LONG'],
    },
  ])('finds $problems for $name', ({ input, problems }) => {
    expect(fields(input)).toEqual(problems);
  });
});
