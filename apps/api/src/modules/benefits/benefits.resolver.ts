import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { LocalDateScalar } from '../../graphql/scalars';
import { estimateBenefitsFor, listBenefitParameters } from './benefits.service';
import { BenefitEstimateInput, BenefitEstimatePayload, BenefitParameter } from './benefits.types';

// The welfare calculator (복지계산기) and its parameters are public: no sign-in, nothing stored.
@Resolver()
export class BenefitsResolver {
  @Query(() => BenefitEstimatePayload, {
    description:
      'Estimates each programme for a household on a date, with reasons and a trace. Works without sign-in and stores nothing. Errors: VALIDATION, PARAMETER_MISSING',
  })
  benefitEstimate(
    @Arg('input', () => BenefitEstimateInput) input: BenefitEstimateInput,
    @Ctx() ctx: RequestContext,
  ): Promise<BenefitEstimatePayload> {
    return estimateBenefitsFor(ctx, input);
  }

  @Query(() => [BenefitParameter], {
    description: 'The benefit parameters in force on a date, with their sources and history, by name',
  })
  benefitParameters(@Arg('asOf', () => LocalDateScalar) asOf: string): BenefitParameter[] {
    return listBenefitParameters(asOf);
  }
}
