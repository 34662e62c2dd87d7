// The household list sorted by its columns: addresses in natural order, by cursor and by page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstErrorCode, startTestApp, type GqlResult, type TestApp } from '../../test/harness';
import { testRrn } from '../../test/synthetic-people';

let app: TestApp;
let worker: string;
let supervisor: string;
const Q = `query($filter: HouseholdFilter, $orderBy: [HouseholdOrder!], $first: Int, $after: String, $page: Int) {
  households(filter: $filter, orderBy: $orderBy, first: $first, after: $after, page: $page) {
    totalCount pageInfo { totalPages hasNextPage hasPreviousPage endCursor } edges { node { address } } } }`;
// Registered in this order, so CREATED_AT is known too.
const ADDRESSES = ['정렬로 126', '정렬로 2', '정렬로 32', '정렬로 10', '정렬로 2-1', '정렬로 002-3'];

const addresses = (r: GqlResult) =>
  (r.data.households.edges as { node: { address: string } }[]).map((e) =>
    e.node.address.replace('정렬로 ', ''),
  );
const query = (variables: Record<string, unknown>, token = worker) =>
  app.gql(Q, { filter: { search: '정렬' }, ...variables }, { token });

beforeAll(async () => {
  app = await startTestApp();
  worker = await app.signIn('worker');
  supervisor = await app.signIn('supervisor');
  for (const [i, address] of ADDRESSES.entries()) {
    const r = await app.gql(
      `mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { errors { code } } }`,
      {
        input: {
          regionCode: '1111051500',
          address,
          members: [{ name: `정렬${i}`, rrn: testRrn(`1960-02-1${i}`, 'MALE'), relationship: 'HEAD' }],
        },
      },
      { token: worker },
    );
    expect(r.data.registerHousehold.errors).toEqual([]);
  }
});
afterAll(() => app?.close());

describe('households orderBy', () => {
  it('households orderBy ADDRESS sorts numbers by value (2, 10, 32, 126)', async () => {
    expect(addresses(await query({ orderBy: [{ field: 'ADDRESS', direction: 'ASC' }] }))).toEqual([
      '2',
      '2-1',
      '002-3',
      '10',
      '32',
      '126',
    ]);
  });

  it('households orderBy ADDRESS DESC is the reverse', async () => {
    expect(addresses(await query({ orderBy: [{ field: 'ADDRESS', direction: 'DESC' }] }))).toEqual([
      '126',
      '32',
      '10',
      '002-3',
      '2-1',
      '2',
    ]);
  });

  it('households orderBy ADDRESS pages on by cursor in the same order', async () => {
    const orderBy = [{ field: 'ADDRESS' }];
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 3; i++) {
      const r = await query({ orderBy, first: 2, after });
      seen.push(...addresses(r));
      after = r.data.households.pageInfo.endCursor;
    }
    expect(seen).toEqual(['2', '2-1', '002-3', '10', '32', '126']);
  });

  it('households orderBy CREATED_AT and REGION order by registration and by 읍면동', async () => {
    expect(addresses(await query({ orderBy: [{ field: 'CREATED_AT', direction: 'DESC' }] }))).toEqual(
      [...ADDRESSES].reverse().map((a) => a.replace('정렬로 ', '')),
    );
    expect(addresses(await query({ orderBy: [{ field: 'REGION' }] }))).toEqual(
      addresses(await query({ orderBy: [{ field: 'ADDRESS' }] })),
    );
  });

  it('households refuses a cursor issued for another order as BAD_USER_INPUT', async () => {
    const r = await query({ orderBy: [{ field: 'ADDRESS' }], first: 2 });
    const after = r.data.households.pageInfo.endCursor;
    for (const orderBy of [[{ field: 'ADDRESS', direction: 'DESC' }], [{ field: 'CREATED_AT' }], null]) {
      expect(firstErrorCode(await query({ orderBy, first: 2, after }))).toBe('BAD_USER_INPUT');
    }
    expect(firstErrorCode(await query({ first: 2, after: 'bm90IGEgY3Vyc29y' }))).toBe('BAD_USER_INPUT');
  });

  it('households refuses an order naming a field twice as BAD_USER_INPUT', async () => {
    const orderBy = [{ field: 'ADDRESS' }, { field: 'ADDRESS', direction: 'DESC' }];
    expect(firstErrorCode(await query({ orderBy }))).toBe('BAD_USER_INPUT');
  });
});

describe('households page', () => {
  it('households with page jumps to that page and says how many there are', async () => {
    const r = await query({ orderBy: [{ field: 'ADDRESS' }], first: 2, page: 3 });
    expect(addresses(r)).toEqual(['32', '126']);
    expect(r.data.households.pageInfo).toMatchObject({
      totalPages: 3,
      hasPreviousPage: true,
      hasNextPage: false,
    });
    expect(r.data.households.totalCount).toBe(6);
  });

  it('households pages on by cursor from a jumped-to page', async () => {
    const jumped = await query({ orderBy: [{ field: 'ADDRESS' }], first: 2, page: 2 });
    expect(addresses(jumped)).toEqual(['002-3', '10']);
    const next = await query({
      orderBy: [{ field: 'ADDRESS' }],
      first: 2,
      after: jumped.data.households.pageInfo.endCursor,
    });
    expect(addresses(next)).toEqual(['32', '126']);
  });

  it('households refuses a page past the jump limit as BAD_USER_INPUT', async () => {
    expect(firstErrorCode(await query({ first: 100, page: 102 }, supervisor))).toBe('BAD_USER_INPUT');
  });
});
