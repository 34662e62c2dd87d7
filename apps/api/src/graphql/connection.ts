import { ClassType, Field, Int, ObjectType } from 'type-graphql';
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

export function decodeCursor(cursor: string | null | undefined, arity: number): unknown[] | null {
  if (!cursor) return null;
  try {
    const parts = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parts) && parts.length === arity) return parts;
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
