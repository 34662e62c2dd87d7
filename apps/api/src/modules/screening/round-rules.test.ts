// Starting a national round names the rule versions it will use, and the round records them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstErrorCode, startTestApp, type TestApp } from '../../test/harness';

let app: TestApp;
let analyst: string;
const NEXT = `{ nextRoundRules { nationalRules { id version } localRules { id regionCode version } } }`;
const START = `mutation($input: StartScreeningRoundInput!) { startScreeningRound(input: $input) {
  round { id nationalRules { id version } localRules { id version } } errors { code path } } }`;

beforeAll(async () => {
  app = await startTestApp();
  analyst = await app.signIn('analyst');
});
afterAll(() => app?.close());

describe('the rules a round will use', () => {
  it('are named before the round starts, and only to whoever may start one', async () => {
    const r = await app.gql(NEXT, {}, { token: analyst });
    expect(r.data.nextRoundRules.nationalRules.version).toBeGreaterThanOrEqual(1);
    expect(Array.isArray(r.data.nextRoundRules.localRules)).toBe(true);
    expect(firstErrorCode(await app.gql(NEXT, {}, { token: await app.signIn('worker') }))).toBe('FORBIDDEN');
  });

  it('refuses a start confirmed on other versions, and records the confirmed ones', async () => {
    const next = (await app.gql(NEXT, {}, { token: analyst })).data.nextRoundRules;
    const ids = [next.nationalRules.id, ...next.localRules.map((l: { id: string }) => l.id)];
    const stale = await app.gql(
      START,
      { input: { confirmedRuleSetIds: ['00000000-0000-4000-8000-000000000000'] } },
      { token: analyst },
    );
    expect(stale.data.startScreeningRound).toEqual({
      round: null,
      errors: [{ code: 'CONFLICT', path: ['input', 'confirmedRuleSetIds'] }],
    });
    const started = await app.gql(START, { input: { confirmedRuleSetIds: ids } }, { token: analyst });
    expect(started.data.startScreeningRound.errors).toEqual([]);
    expect(started.data.startScreeningRound.round.nationalRules).toEqual(next.nationalRules);
    expect(started.data.startScreeningRound.round.localRules.map((l: { id: string }) => l.id).sort()).toEqual(
      next.localRules.map((l: { id: string }) => l.id).sort(),
    );
  });
});
