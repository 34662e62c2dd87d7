import { useState } from 'react';
import { ServerError } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import {
  BenefitEstimateDocument,
  type BenefitEstimateInput,
  type BenefitEstimateQuery,
} from '../../../generated/graphql';
import type { PayloadError } from '../../../lib/errors';
import { runPayload, type PayloadResult } from '../../../lib/payload';

export type BenefitEstimate = BenefitEstimateQuery['benefitEstimate'];

/** A limit the server answers with HTTP 429 (no GraphQL body) reads like the RATE_LIMITED code. */
function rateLimitedFrom(error: unknown): PayloadError | null {
  return ServerError.is(error) && error.statusCode === 429
    ? { code: 'RATE_LIMITED', message: '', path: null }
    : null;
}

/**
 * 복지계산기: asks the API for an estimate. `no-cache`: the figures a resident typed and the answer
 * stay in the page's state only, never in the Apollo cache.
 */
export function useBenefitEstimate() {
  const client = useApolloClient();
  const [loading, setLoading] = useState(false);
  async function estimate(input: BenefitEstimateInput): Promise<PayloadResult<BenefitEstimate>> {
    setLoading(true);
    try {
      return await runPayload(async () => {
        try {
          const { data } = await client.query({
            query: BenefitEstimateDocument,
            variables: { input },
            fetchPolicy: 'no-cache',
          });
          const payload = data?.benefitEstimate;
          return payload ? { value: payload, errors: payload.errors } : null;
        } catch (error) {
          const limited = rateLimitedFrom(error);
          if (limited) return { value: null, errors: [limited] };
          throw error;
        }
      });
    } finally {
      setLoading(false);
    }
  }
  return { estimate, loading };
}
