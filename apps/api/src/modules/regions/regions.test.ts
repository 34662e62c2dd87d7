import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness';

const REGIONS = `query($level: RegionLevel, $parentCode: String, $first: Int, $after: String) {
  regions(level: $level, parentCode: $parentCode, first: $first, after: $after) {
    totalCount edges { node { code name level fullName parent { code name } } } pageInfo { hasNextPage endCursor }
  }
}`;

let app: TestApp;
let token: string;
beforeAll(async () => {
  app = await startTestApp();
  token = await app.signIn('worker');
});
afterAll(() => app?.close());

describe('regions', () => {
  it.each([
    { level: 'SIDO', count: 17 },
    { level: 'SIGUNGU', count: 276 },
    { level: 'EUPMYEONDONG', count: 3591 },
  ])('holds every $level of the 2023-07 list ($count)', async ({ level, count }) => {
    const r = await app.gql(REGIONS, { level, first: 1 }, { token });
    expect(r.data.regions.totalCount).toBe(count);
  });

  it('lists the 읍면동 of 종로구 with their parent, in code order, across pages', async () => {
    const first = await app.gql(REGIONS, { parentCode: '1111000000', first: 10 }, { token });
    const second = await app.gql(
      REGIONS,
      { parentCode: '1111000000', first: 10, after: first.data.regions.pageInfo.endCursor },
      { token },
    );
    const nodes = [...first.data.regions.edges, ...second.data.regions.edges].map((e: any) => e.node);
    expect(first.data.regions.totalCount).toBe(17);
    expect(nodes[0]).toMatchObject({
      code: '1111051500',
      name: '청운효자동',
      level: 'EUPMYEONDONG',
      parent: { code: '1111000000', name: '종로구' },
    });
    expect(nodes.length).toBe(17);
    expect(nodes.map((n: any) => n.code)).toEqual([...nodes.map((n: any) => n.code)].sort());
  });

  it('puts a 일반구 under its 시, so the 시 contains its 동', async () => {
    const r = await app.gql(
      `{ region(code: "4111156000") { name parent { name parent { name parent { name } } } } }`,
      {},
      { token },
    );
    expect(r.data.region).toEqual({
      name: '파장동',
      parent: { name: '수원시 장안구', parent: { name: '수원시', parent: { name: '경기도' } } },
    });
  });
});
