import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { Agency } from '../agencies/agencies.types';
import { Can } from '../auth/can';
import { DatePeriod } from '../cases/cases.types';
import { provisionOverlapDashboard } from './overlap-dashboard.service';
import { OverlapAgencyPair, ProvisionOverlapDashboard } from './overlap-dashboard.types';

@Resolver(() => OverlapAgencyPair)
export class OverlapDashboardResolver {
  @Can('VIEW_DASHBOARD')
  @Query(() => ProvisionOverlapDashboard, {
    description:
      "중복지원 점검: overlapping provisions in a district (a supervisor's own 시군구; any region for country-wide roles). Errors: FORBIDDEN, VALIDATION",
  })
  provisionOverlapDashboard(
    @Ctx() ctx: RequestContext,
    @Arg('regionCode', () => String, { nullable: true }) regionCode?: string,
    @Arg('period', () => DatePeriod, {
      nullable: true,
      description: 'Overlaps whose later provision was recorded in these days',
    })
    period?: DatePeriod,
  ): Promise<ProvisionOverlapDashboard> {
    return provisionOverlapDashboard(ctx, regionCode, period);
  }

  @FieldResolver(() => Agency)
  firstAgency(@Root() p: OverlapAgencyPair, @Ctx() ctx: RequestContext): Promise<Agency | null> {
    return ctx.loaders.agency.load(p.firstAgencyId);
  }

  @FieldResolver(() => Agency)
  secondAgency(@Root() p: OverlapAgencyPair, @Ctx() ctx: RequestContext): Promise<Agency | null> {
    return ctx.loaders.agency.load(p.secondAgencyId);
  }
}
