import { ClassType, Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { badInput } from './errors';

@ObjectType()
export class PageInfo {
  @Field(() => Boolean) hasNextPage!: boolean;
  @Field(() => Boolean) hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true }) startCursor!: string | null;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
  page!: Page<unknown>;

  @Field(() => Int, { description: 'Pages of this size that hold every matching item (at least 1)' })
  async totalPages(): Promise<number> {
    return Math.max(1, Math.ceil((await this.page.count()) / this.page.size));
  }
}

export interface Page<T> {
  nodes: T[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  cursorOf: (node: T) => string;
  /** The page size asked for. */
  size: number;
  // Counted only when a client asks for totalCount or totalPages, and then once.
  count: () => Promise<number>;
}

export const MAX_PAGE_SIZE = 200;

export function pageSize(first: number | undefined | null, fallback = 20): number {
  const n = first ?? fallback;
  if (!Number.isInteger(n) || n < 1 || n > MAX_PAGE_SIZE)
    throw badInput(`first must be between 1 and ${MAX_PAGE_SIZE}`, 'first');
  return n;
}

export function encodeCursor(parts: unknown[]): string {
  return Buffer.from(JSON.stringify(parts)).toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined, arity: number | null): unknown[] | null {
  if (!cursor) return null;
  try {
    const parts = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parts) && (arity === null || parts.length === arity)) return parts;
  } catch {
    // fall through to the error below
  }
  throw badInput('after is not a cursor this list issued', 'after');
}

// Relay connection types for a node type: XConnection { totalCount edges { cursor node } pageInfo }.
export function Connection<T extends object>(nodeType: ClassType<T>) {
  @ObjectType(`${nodeType.name}Edge`)
  class Edge {
    @Field(() => String) cursor!: string;
    @Field(() => nodeType) node!: T;
  }

  @ObjectType()
  abstract class ConnectionType {
    constructor(readonly page: Page<T>) {}

    @Field(() => Int, { description: 'All matching items, not only this page' })
    totalCount(): Promise<number> {
      return this.page.count();
    }

    @Field(() => [Edge])
    edges(): Edge[] {
      return this.page.nodes.map((node) =>
        Object.assign(new Edge(), { node, cursor: this.page.cursorOf(node) }),
      );
    }

    @Field(() => PageInfo)
    pageInfo(): PageInfo {
      const { nodes, cursorOf } = this.page;
      return Object.assign(new PageInfo(), {
        hasNextPage: this.page.hasNextPage,
        hasPreviousPage: this.page.hasPreviousPage,
        startCursor: nodes.length ? cursorOf(nodes[0]) : null,
        endCursor: nodes.length ? cursorOf(nodes[nodes.length - 1]) : null,
        page: this.page,
      });
    }
  }
  return ConnectionType;
}

// Turns rows fetched with LIMIT first+1 into a page.
export function toPage<T>(
  rows: T[],
  first: number,
  after: unknown,
  cursorOf: (n: T) => string,
  count: () => Promise<number>,
): Page<T> {
  const hasNextPage = rows.length > first;
  let counted: Promise<number> | null = null;
  return {
    nodes: hasNextPage ? rows.slice(0, first) : rows,
    hasNextPage,
    hasPreviousPage: after != null,
    cursorOf,
    size: first,
    count: () => (counted ??= count()),
  };
}

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, {
  name: 'SortDirection',
  description: 'Ascending (가나다, 1 2 10, oldest first) or descending',
});

/** One sort key of a list: a NOT NULL SQL expression and the PostgreSQL type its cursor value is cast back to. */
export interface SortKey {
  sql: string;
  type: string;
}

/** How a list asks to be ordered: `orderBy: [{ field, direction }]`. */
export interface OrderItem<F extends string> {
  field: F;
  direction?: SortDirection | null;
}

export const PAGE_ARG =
  'Jump to this page (from 1) instead of following a cursor; at most 10,000 items are skipped';

/** The furthest a page jump (`page`) may skip with OFFSET; further pages are reached by cursor. */
export const MAX_JUMP_OFFSET = 10_000;
const MAX_ORDER_ITEMS = 3;

/** The paging arguments of a sortable list. */
export interface ListArgs<F extends string> {
  first?: number | null;
  after?: string | null;
  page?: number | null;
  orderBy?: readonly OrderItem<F>[] | null;
}

export interface Keyset {
  /** Select-list items carrying the sort key values (as text) for the cursors. */
  select: string;
  /** The WHERE condition after the cursor (TRUE without one). */
  seek: string;
  orderBy: string;
  /** LIMIT and OFFSET for the page. */
  limit: string;
  cursorOf: (row: object) => string;
  /** What toPage needs to know whether there is a page before. */
  previous: unknown;
}

/**
 * A keyset page in any order a list offers: the cursor carries the order it was issued for and the
 * sort key values of its row (read back as text, so timestamps keep their microseconds), and a
 * cursor from another order is refused rather than answered with a page from the wrong place. A
 * jump to a page number (`page`) skips with OFFSET, capped at MAX_JUMP_OFFSET rows; the cursors it
 * returns continue by keyset.
 */
export function keyset<F extends string>(opts: {
  orderBy: readonly OrderItem<F>[] | null | undefined;
  fields: Record<F, readonly SortKey[]>;
  fallback: readonly OrderItem<F>[];
  /** The unique tie-breaker, last in every order (its direction follows the last item). */
  id: SortKey;
  size: number;
  after: string | null | undefined;
  page: number | null | undefined;
  /** Adds a parameter and returns its placeholder. */
  param: (value: unknown) => string;
}): Keyset {
  const items = opts.orderBy?.length ? opts.orderBy : opts.fallback;
  if (items.length > MAX_ORDER_ITEMS)
    throw badInput(`orderBy takes at most ${MAX_ORDER_ITEMS} fields`, 'orderBy');
  if (new Set(items.map((i) => i.field)).size !== items.length)
    throw badInput('orderBy names a field twice', 'orderBy');
  if (opts.after && opts.page != null) throw badInput('Give either after or page, not both', 'page');
  const keys = items.flatMap((i) =>
    opts.fields[i.field].map((k) => ({ ...k, desc: i.direction === SortDirection.DESC })),
  );
  keys.push({ ...opts.id, desc: keys[keys.length - 1]?.desc ?? false });
  const tag = items.map((i) => `${i.field}:${i.direction ?? SortDirection.ASC}`).join(',');
  const select = keys.map((k, n) => `(${k.sql})::text AS "sortKey${n}"`).join(', ');
  const orderBy = keys.map((k) => `${k.sql}${k.desc ? ' DESC' : ''}`).join(', ');
  const cursorOf = (row: object) =>
    encodeCursor([tag, ...keys.map((_, n) => (row as Record<string, unknown>)[`sortKey${n}`])]);

  let seek = 'TRUE';
  let offset = 0;
  const cursor = decodeCursor(opts.after, null);
  if (cursor) {
    if (cursor[0] !== tag) throw badInput('after was issued for another order of this list', 'after');
    const values = cursor.slice(1);
    if (values.length !== keys.length || !values.every((v) => typeof v === 'string'))
      throw badInput('after is not a cursor this list issued', 'after');
    const v = values.map((value, n) => `${opts.param(value)}::${keys[n].type}`);
    if (keys.every((k) => k.desc === keys[0].desc)) {
      // One direction: a row comparison, which an index on the keys serves.
      seek = `(${keys.map((k) => k.sql).join(', ')}) ${keys[0].desc ? '<' : '>'} (${v.join(', ')})`;
    } else {
      seek =
        '(' +
        keys
          .map((k, n) =>
            [
              ...keys.slice(0, n).map((e, m) => `${e.sql} = ${v[m]}`),
              `${k.sql} ${k.desc ? '<' : '>'} ${v[n]}`,
            ].join(' AND '),
          )
          .map((c) => `(${c})`)
          .join(' OR ') +
        ')';
    }
  } else if (opts.page != null) {
    if (!Number.isInteger(opts.page) || opts.page < 1) throw badInput('page counts from 1', 'page');
    offset = (opts.page - 1) * opts.size;
    if (offset > MAX_JUMP_OFFSET)
      throw badInput(
        `page may skip at most ${MAX_JUMP_OFFSET} items; narrow the list or page on from a cursor`,
        'page',
      );
  }
  return {
    select,
    seek,
    orderBy,
    limit: `LIMIT ${opts.size + 1}${offset ? ` OFFSET ${offset}` : ''}`,
    cursorOf,
    previous: cursor ?? (offset > 0 ? opts.page : null),
  };
}
