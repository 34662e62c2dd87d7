import { describe, expect, it } from 'vitest';
import {
  checkAssessment,
  checkCaseOpen,
  checkClosure,
  checkConference,
  checkGoal,
  checkProgressNote,
  domainsInNeed,
  NEEDS_DOMAIN_CONSENT_SCOPE,
  NEEDS_DOMAIN_LABELS,
  NEEDS_DOMAINS,
  type CaseClosureReason,
  type NeedLevel,
  type NeedsDomain,
} from './case-rules';

const TODAY = '2026-03-09';
// [code, field] of each problem, so a row states exactly what is refused.
const summary = (problems: { code: string; field: string | null }[]) =>
  problems.map((p) => [p.code, p.field]);

describe('checkCaseOpen', () => {
  it.each([
    { name: 'an open case may be changed', status: 'OPEN' as const, problem: null },
    {
      name: 'a closed case is read-only',
      status: 'CLOSED' as const,
      problem: { code: 'INVALID_STATE', field: null },
    },
  ])('$name', ({ status, problem }) => {
    const result = checkCaseOpen(status);
    if (problem === null) expect(result).toBeNull();
    else expect(result).toMatchObject(problem);
  });
});

type Item = { domain: NeedsDomain; level: NeedLevel; note: string };
const item = (domain: NeedsDomain, level: NeedLevel = 'HIGH', note = ''): Item => ({ domain, level, note });

describe('checkAssessment', () => {
  it.each<{ name: string; items: Item[]; problems: (string | null)[][] }>([
    { name: 'an assessment of one domain is accepted', items: [item('HEALTH')], problems: [] },
    {
      name: 'an assessment of all ten domains is accepted',
      items: NEEDS_DOMAINS.map((d) => item(d, 'LOW')),
      problems: [],
    },
    { name: 'an empty assessment is refused on items', items: [], problems: [['VALIDATION', 'items']] },
    {
      name: 'a domain assessed twice is refused on its second row',
      items: [item('HEALTH'), item('ECONOMY'), item('HEALTH', 'LOW')],
      problems: [['VALIDATION', 'items.2.domain']],
    },
    {
      name: 'eleven rows are refused on items and on the repeated domain',
      items: [...NEEDS_DOMAINS.map((d) => item(d)), item('SAFETY')],
      problems: [
        ['VALIDATION', 'items'],
        ['VALIDATION', 'items.10.domain'],
      ],
    },
    {
      name: 'a note of exactly 2000 characters is accepted',
      items: [item('SAFETY', 'URGENT', '가'.repeat(2000))],
      problems: [],
    },
    {
      name: 'a note of 2001 characters is refused on that note',
      items: [item('SAFETY'), item('HEALTH', 'LOW', '가'.repeat(2001))],
      problems: [['VALIDATION', 'items.1.note']],
    },
    {
      name: 'an unknown domain is refused on that domain',
      items: [item('LUCK' as NeedsDomain)],
      problems: [['VALIDATION', 'items.0.domain']],
    },
    {
      name: 'an unknown level is refused on that level',
      items: [item('HEALTH', 'SEVERE' as NeedLevel)],
      problems: [['VALIDATION', 'items.0.level']],
    },
    {
      name: 'a domain assessed as NONE is still a valid row',
      items: [item('EDUCATION', 'NONE')],
      problems: [],
    },
  ])('$name', ({ items, problems }) => {
    expect(summary(checkAssessment(items))).toEqual(problems);
  });
});

describe('domainsInNeed', () => {
  it('domains assessed as NONE are not needs', () => {
    expect([
      ...domainsInNeed([item('HEALTH', 'LOW'), item('ECONOMY', 'NONE'), item('SAFETY', 'URGENT')]),
    ]).toEqual(['HEALTH', 'SAFETY']);
  });
});

describe('checkGoal', () => {
  const assessed = new Set<NeedsDomain>(['HEALTH', 'ECONOMY']);
  const goal = (over: Partial<{ title: string; targetDate: string; needs: NeedsDomain[] }> = {}) => ({
    title: '정기 진료 연계',
    targetDate: '2026-06-30',
    needs: ['HEALTH'] as NeedsDomain[],
    ...over,
  });
  it.each<{ name: string; goal: ReturnType<typeof goal>; problems: (string | null)[][] }>([
    { name: 'a goal for an assessed need is accepted', goal: goal(), problems: [] },
    {
      name: 'a goal for two assessed needs is accepted',
      goal: goal({ needs: ['HEALTH', 'ECONOMY'] }),
      problems: [],
    },
    {
      name: 'a one-character title is refused on title',
      goal: goal({ title: '가' }),
      problems: [['VALIDATION', 'title']],
    },
    {
      name: 'a title of exactly 200 characters is accepted',
      goal: goal({ title: '가'.repeat(200) }),
      problems: [],
    },
    {
      name: 'a title of 201 characters is refused on title',
      goal: goal({ title: '가'.repeat(201) }),
      problems: [['VALIDATION', 'title']],
    },
    { name: 'a target date of today is accepted', goal: goal({ targetDate: TODAY }), problems: [] },
    {
      name: 'a target date in the past is refused on targetDate',
      goal: goal({ targetDate: '2026-03-08' }),
      problems: [['VALIDATION', 'targetDate']],
    },
    {
      name: 'a malformed target date is refused on targetDate',
      goal: goal({ targetDate: '2026-02-30' }),
      problems: [['VALIDATION', 'targetDate']],
    },
    {
      name: 'a goal without needs is refused on needs',
      goal: goal({ needs: [] }),
      problems: [['VALIDATION', 'needs']],
    },
    {
      name: 'a goal for a need not assessed is refused on needs',
      goal: goal({ needs: ['HEALTH', 'SAFETY'] }),
      problems: [['VALIDATION', 'needs']],
    },
    {
      name: 'a goal naming a need twice is refused on needs',
      goal: goal({ needs: ['HEALTH', 'HEALTH'] }),
      problems: [['VALIDATION', 'needs']],
    },
  ])('$name', ({ goal, problems }) => {
    expect(summary(checkGoal(goal, assessed, TODAY))).toEqual(problems);
  });

  it('a domain assessed as NONE cannot be a goal’s need', () => {
    const needs = domainsInNeed([item('HEALTH', 'NONE')]);
    expect(summary(checkGoal(goal(), needs, TODAY))).toEqual([['VALIDATION', 'needs']]);
  });
});

describe('checkClosure', () => {
  it.each<{
    name: string;
    reason: CaseClosureReason;
    note: string;
    open: number;
    problems: (string | null)[][];
  }>([
    {
      name: 'a case whose goals are achieved closes without a note',
      reason: 'GOALS_ACHIEVED',
      note: '',
      open: 0,
      problems: [],
    },
    {
      name: 'closing for OTHER needs a note',
      reason: 'OTHER',
      note: '  ',
      open: 0,
      problems: [['VALIDATION', 'note']],
    },
    {
      name: 'closing for OTHER with a note is accepted',
      reason: 'OTHER',
      note: '가구 해체',
      open: 0,
      problems: [],
    },
    {
      name: 'a note of exactly 2000 characters is accepted',
      reason: 'MOVED_AWAY',
      note: '가'.repeat(2000),
      open: 0,
      problems: [],
    },
    {
      name: 'a note of 2001 characters is refused on note',
      reason: 'MOVED_AWAY',
      note: '가'.repeat(2001),
      open: 0,
      problems: [['VALIDATION', 'note']],
    },
    {
      name: 'a case with one open referral cannot close',
      reason: 'GOALS_ACHIEVED',
      note: '',
      open: 1,
      problems: [['INVALID_STATE', null]],
    },
    {
      name: 'a case with open referrals and no OTHER note reports both',
      reason: 'OTHER',
      note: '',
      open: 3,
      problems: [
        ['INVALID_STATE', null],
        ['VALIDATION', 'note'],
      ],
    },
    {
      name: 'an unknown reason is refused on reason',
      reason: 'BORED' as CaseClosureReason,
      note: '',
      open: 0,
      problems: [['VALIDATION', 'reason']],
    },
  ])('$name', ({ reason, note, open, problems }) => {
    expect(summary(checkClosure(reason, note, open))).toEqual(problems);
  });

  it('the open-referral problem names how many referrals are open', () => {
    expect(checkClosure('DECEASED', '', 3)[0]!.message).toContain('3 open referrals');
  });
});

describe('checkConference', () => {
  const person = (i: number) => ({ agencyId: `a${i}`, name: `참석자${i}` });
  const conf = (
    over: Partial<{
      heldOn: string;
      participants: { agencyId: string; name: string }[];
      decisions: string[];
    }> = {},
  ) => ({
    heldOn: '2026-03-06',
    participants: [person(1), person(2)],
    decisions: ['주거 지원 의뢰'],
    ...over,
  });
  it.each<{ name: string; c: ReturnType<typeof conf>; problems: (string | null)[][] }>([
    { name: 'a conference held last week is accepted', c: conf(), problems: [] },
    { name: 'a conference held today is accepted', c: conf({ heldOn: TODAY }), problems: [] },
    {
      name: 'a conference dated tomorrow is refused on heldOn',
      c: conf({ heldOn: '2026-03-10' }),
      problems: [['VALIDATION', 'heldOn']],
    },
    {
      name: 'a conference without participants is refused on participants',
      c: conf({ participants: [] }),
      problems: [['VALIDATION', 'participants']],
    },
    {
      name: 'thirty participants are accepted',
      c: conf({ participants: Array.from({ length: 30 }, (_, i) => person(i)) }),
      problems: [],
    },
    {
      name: 'thirty-one participants are refused on participants',
      c: conf({ participants: Array.from({ length: 31 }, (_, i) => person(i)) }),
      problems: [['VALIDATION', 'participants']],
    },
    {
      name: 'a participant without a name is refused on that name',
      c: conf({ participants: [person(1), { agencyId: 'a2', name: ' ' }] }),
      problems: [['VALIDATION', 'participants.1.name']],
    },
    {
      name: 'a conference without decisions is refused on decisions',
      c: conf({ decisions: [] }),
      problems: [['VALIDATION', 'decisions']],
    },
    {
      name: 'twenty decisions are accepted',
      c: conf({ decisions: Array.from({ length: 20 }, (_, i) => `결정 ${i}`) }),
      problems: [],
    },
    {
      name: 'twenty-one decisions are refused on decisions',
      c: conf({ decisions: Array.from({ length: 21 }, (_, i) => `결정 ${i}`) }),
      problems: [['VALIDATION', 'decisions']],
    },
    {
      name: 'a blank decision is refused on that decision',
      c: conf({ decisions: ['결정', ''] }),
      problems: [['VALIDATION', 'decisions.1']],
    },
    {
      name: 'a decision of exactly 1000 characters is accepted',
      c: conf({ decisions: ['가'.repeat(1000)] }),
      problems: [],
    },
    {
      name: 'a decision of 1001 characters is refused on that decision',
      c: conf({ decisions: ['가'.repeat(1001)] }),
      problems: [['VALIDATION', 'decisions.0']],
    },
  ])('$name', ({ c, problems }) => {
    expect(summary(checkConference(c, TODAY))).toEqual(problems);
  });
});

describe('checkProgressNote', () => {
  it.each<{ name: string; n: { text: string; notedOn: string }; problems: (string | null)[][] }>([
    {
      name: 'a note dated today is accepted',
      n: { text: '가정 방문, 병원 동행 완료', notedOn: TODAY },
      problems: [],
    },
    {
      name: 'a note dated tomorrow is refused on notedOn',
      n: { text: '방문', notedOn: '2026-03-10' },
      problems: [['VALIDATION', 'notedOn']],
    },
    {
      name: 'a blank note is refused on text',
      n: { text: '  ', notedOn: TODAY },
      problems: [['VALIDATION', 'text']],
    },
    { name: 'a one-character note is accepted', n: { text: '완', notedOn: TODAY }, problems: [] },
    {
      name: 'a note of exactly 4000 characters is accepted',
      n: { text: '가'.repeat(4000), notedOn: TODAY },
      problems: [],
    },
    {
      name: 'a note of 4001 characters is refused on text',
      n: { text: '가'.repeat(4001), notedOn: TODAY },
      problems: [['VALIDATION', 'text']],
    },
    {
      name: 'a malformed date is refused on notedOn',
      n: { text: '방문', notedOn: '03/09/2026' },
      problems: [['VALIDATION', 'notedOn']],
    },
  ])('$name', ({ n, problems }) => {
    expect(summary(checkProgressNote(n, TODAY))).toEqual(problems);
  });
});

describe('needs domains', () => {
  it.each<{ domain: NeedsDomain; ko: string; scope: string }>([
    { domain: 'SAFETY', ko: '안전', scope: 'CASE_NOTES' },
    { domain: 'HEALTH', ko: '건강', scope: 'HEALTH' },
    { domain: 'DAILY_LIVING', ko: '일상생활유지', scope: 'CASE_NOTES' },
    { domain: 'FAMILY_RELATIONS', ko: '가족관계', scope: 'CASE_NOTES' },
    { domain: 'SOCIAL_RELATIONS', ko: '사회적관계', scope: 'CASE_NOTES' },
    { domain: 'ECONOMY', ko: '경제', scope: 'FINANCES' },
    { domain: 'EDUCATION', ko: '교육', scope: 'CASE_NOTES' },
    { domain: 'EMPLOYMENT', ko: '고용', scope: 'FINANCES' },
    { domain: 'LIVING_ENVIRONMENT', ko: '생활환경', scope: 'CASE_NOTES' },
    { domain: 'RIGHTS_PROTECTION', ko: '권익보장', scope: 'CASE_NOTES' },
  ])('$domain is shown as $ko and its notes need the $scope consent', ({ domain, ko, scope }) => {
    expect(NEEDS_DOMAIN_LABELS[domain].ko).toBe(ko);
    expect(NEEDS_DOMAIN_CONSENT_SCOPE[domain]).toBe(scope);
  });
});
