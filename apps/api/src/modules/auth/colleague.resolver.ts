// History rows store who acted as an account label (an e-mail or "apikey:<prefix>"). Each such type
// also answers `by`: the colleague's name, work phone and agency, which is what the app shows.
import { Ctx, FieldResolver, Resolver, Root, type ClassType } from 'type-graphql';
import type { RequestContext } from '../../context';
import { CaseConference, CaseService, NeedsAssessment, ProgressNote } from '../cases/cases.types';
import { CrisisFeed } from '../indicators/indicators.types';
import { OutreachVisit } from '../screening/screening.types';
import { Agency } from '../agencies/agencies.types';
import { Colleague } from './auth.types';

function colleagueResolver<T extends object>(type: ClassType<T>, account: (row: T) => string) {
  @Resolver(() => type)
  class ColleagueResolver {
    @FieldResolver(() => Colleague, { nullable: true, description: 'Who recorded it, by name' })
    by(@Root() row: T, @Ctx() ctx: RequestContext): Promise<Colleague | null> {
      return ctx.loaders.colleague.load(account(row));
    }
  }
  Object.defineProperty(ColleagueResolver, 'name', { value: `${type.name}ColleagueResolver` });
  return ColleagueResolver;
}

@Resolver(() => Colleague)
class ColleagueAgencyResolver {
  @FieldResolver(() => Agency)
  agency(@Root() colleague: Colleague, @Ctx() ctx: RequestContext): Promise<Agency | null> {
    return ctx.loaders.agency.load(colleague.agencyId);
  }
}

export const COLLEAGUE_RESOLVERS = [
  ColleagueAgencyResolver,
  colleagueResolver(NeedsAssessment, (r) => r.recordedBy),
  colleagueResolver(CaseService, (r) => r.recordedBy),
  colleagueResolver(CaseConference, (r) => r.recordedBy),
  colleagueResolver(ProgressNote, (r) => r.recordedBy),
  colleagueResolver(OutreachVisit, (r) => r.account),
  colleagueResolver(CrisisFeed, (r) => r.account),
] as const;
