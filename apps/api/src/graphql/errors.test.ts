// Payload errors carry what a client needs to say what to fix: the rule and its bounds, the state a
// referral is in and the step asked for. Assertions are on codes and fields, never on messages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInKorea } from '../clock';
import { startTestApp, type TestApp } from '../test/harness';
import { testRrn } from '../test/synthetic-people';

let app: TestApp;
let worker: string;
let agency: string;
let householdId: string;
let welfareId: string;

const ERRORS = `errors { code path
  ... on ValidationError { rule limit min max }
  ... on InvalidTransitionError { from action }
  ... on ConsentRequiredError { householdId scope } }`;
const inYears = (n: number) => `${Number(todayInKorea().slice(0, 4)) + n}${todayInKorea().slice(4)}`;

beforeAll(async () => {
  app = await startTestApp();
  worker = await app.signIn('worker');
  agency = await app.signIn('agency');
  [{ id: welfareId }] = await app.db.query(
    `SELECT agency_id AS id FROM users WHERE email = 'agency@demo.ieum.kr'`,
  );
  const r = await app.gql(
    `mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { household { id } errors { code } } }`,
    {
      input: {
        regionCode: '1111051500',
        address: '청운효자동 오류길 1',
        members: [{ name: '오류가구주', rrn: testRrn('1960-06-06', 'FEMALE'), relationship: 'HEAD' }],
      },
    },
    { token: worker },
  );
  householdId = r.data.registerHousehold.household.id;
});
afterAll(() => app?.close());

describe('ValidationError', () => {
  it('registerHousehold names every refused field with its rule and bounds', async () => {
    const r = await app.gql(
      `mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { household { id } ${ERRORS} } }`,
      {
        input: {
          regionCode: '1111051500',
          address: ' ',
          members: [{ name: '가'.repeat(51), rrn: testRrn('1970-01-01', 'MALE'), relationship: 'HEAD' }],
        },
      },
      { token: worker },
    );
    expect(r.data.registerHousehold.errors).toEqual([
      { code: 'VALIDATION', path: ['input', 'address'], rule: 'REQUIRED', limit: 300, min: null, max: null },
      {
        code: 'VALIDATION',
        path: ['input', 'members', '0', 'name'],
        rule: 'TOO_LONG',
        limit: 50,
        min: null,
        max: null,
      },
    ]);
  });

  it.each([
    {
      name: 'a period over five years',
      input: { validUntil: inYears(6) },
      rule: 'PERIOD_TOO_LONG',
      limit: 5,
    },
    { name: 'an end in the past', input: { validUntil: '2020-01-01' }, rule: 'DATE_IN_PAST', limit: null },
    {
      name: 'no notice of the right to refuse',
      input: { refusalRightNotified: false },
      rule: 'MUST_BE_CONFIRMED',
      limit: null,
    },
    { name: 'no items', input: { scopes: [] }, rule: 'TOO_FEW', limit: null },
  ])('recordConsent refuses $name as $rule', async ({ input, rule, limit }) => {
    const r = await app.gql(
      `mutation($input: RecordConsentInput!) { recordConsent(input: $input) { consent { id } ${ERRORS} } }`,
      {
        input: {
          householdId,
          granteeAgencyId: welfareId,
          scopes: ['BASIC'],
          purpose: '서비스 연계',
          validUntil: inYears(1),
          ...input,
        },
      },
      { token: worker },
    );
    expect(r.data.recordConsent.errors).toContainEqual(
      expect.objectContaining({ code: 'VALIDATION', rule, limit }),
    );
  });

  it('saveScreeningRules keeps the document path and says the range', async () => {
    const analyst = await app.signIn('analyst');
    const current = await app.gql(`{ screeningRules { document } }`, {}, { token: analyst });
    const document = { ...current.data.screeningRules.document, halfLifeDays: 0 };
    const r = await app.gql(
      `mutation($input: SaveScreeningRulesInput!) { saveScreeningRules(input: $input) { ruleSet { id } ${ERRORS} } }`,
      { input: { document } },
      { token: analyst },
    );
    expect(r.data.saveScreeningRules.errors).toEqual([
      {
        code: 'VALIDATION',
        path: ['input', 'document', 'halfLifeDays'],
        rule: 'OUT_OF_RANGE',
        limit: null,
        // The whole range, as the form's hint says it (1–3650), though only the lower end was missed.
        min: 1,
        max: 3650,
      },
    ]);
  });
});

describe('InvalidTransitionError', () => {
  it('says which status the referral is in and which step was asked for', async () => {
    const consent = await app.gql(
      `mutation($input: RecordConsentInput!) { recordConsent(input: $input) { errors { code } } }`,
      {
        input: {
          householdId,
          granteeAgencyId: welfareId,
          scopes: ['BASIC'],
          purpose: '서비스 연계',
          validUntil: inYears(1),
        },
      },
      { token: worker },
    );
    expect(consent.data.recordConsent.errors).toEqual([]);
    const opened = await app.gql(
      `mutation($input: OpenCaseInput!) { openCase(input: $input) { case { id } errors { code } } }`,
      { input: { householdId } },
      { token: worker },
    );
    const sent = await app.gql(
      `mutation($input: SendReferralInput!) { sendReferral(input: $input) { referral { id } errors { code } } }`,
      { input: { caseId: opened.data.openCase.case.id, toAgencyId: welfareId, service: '밑반찬 지원' } },
      { token: worker },
    );
    const referralId = sent.data.sendReferral.referral.id;
    // Accepting needs the referral received first.
    const r = await app.gql(
      `mutation($id: ID!) { acceptReferral(input: { referralId: $id }) { referral { id } ${ERRORS} } }`,
      { id: referralId },
      { token: agency },
    );
    expect(r.data.acceptReferral.errors).toEqual([
      { code: 'INVALID_TRANSITION', path: ['input', 'referralId'], from: 'SENT', action: 'ACCEPT' },
    ]);
    await app.gql(
      `mutation($id: ID!) { receiveReferral(input: { referralId: $id }) { errors { code } } }`,
      { id: referralId },
      { token: agency },
    );
    const declined = await app.gql(
      `mutation($id: ID!) { declineReferral(input: { referralId: $id, reason: " " }) { referral { id } ${ERRORS} } }`,
      { id: referralId },
      { token: agency },
    );
    expect(declined.data.declineReferral.errors).toEqual([
      { code: 'VALIDATION', path: ['input', 'reason'], rule: 'REQUIRED', limit: null, min: null, max: null },
    ]);
  });
});
