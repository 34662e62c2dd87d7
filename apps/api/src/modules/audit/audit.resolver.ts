import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { Can } from '../auth/can';
import type { RequestContext } from '../../context';
import { Agency } from '../agencies/agencies.types';
import { User } from '../auth/auth.types';
import { Person } from '../households/households.types';
import { describeViewing, listAccessLog } from './audit.service';
import { AccessLogEntry, AccessLogEntryConnection, AccessLogFilter } from './audit.types';

@Resolver(() => AccessLogEntry)
export class AuditResolver {
  @Can('VIEW_ACCESS_LOG')
  @Query(() => AccessLogEntryConnection, { description: '개인정보 접근기록 (ADMIN), newest first' })
  async accessLog(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => AccessLogFilter, { nullable: true }) filter?: AccessLogFilter,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<AccessLogEntryConnection> {
    ctx.audit.recordViewing(describeViewing(filter));
    return new AccessLogEntryConnection(await listAccessLog(ctx.services.dataSource, filter, first, after));
  }

  @FieldResolver(() => User, { nullable: true })
  async user(@Root() entry: AccessLogEntry, @Ctx() ctx: RequestContext): Promise<User | null> {
    return entry.userId ? ctx.loaders.user.load(entry.userId) : null;
  }

  @FieldResolver(() => Agency, { nullable: true })
  agency(@Root() entry: AccessLogEntry, @Ctx() ctx: RequestContext): Promise<Agency | null> | null {
    return entry.agencyId ? ctx.loaders.agency.load(entry.agencyId) : null;
  }

  // The viewing row above stands for every person on the page, so these reads are not logged again.
  @FieldResolver(() => Person, { nullable: true })
  async person(@Root() entry: AccessLogEntry, @Ctx() ctx: RequestContext): Promise<Person | null> {
    if (!entry.personId) return null;
    const person = await ctx.loaders.person.load(entry.personId);
    return person && Object.assign(new Person(), person, { readLoggedAsViewing: true });
  }
}
