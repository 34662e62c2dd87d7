import { useQuery } from '@apollo/client/react';
import { CallerAreaDocument } from '../../../generated/graphql';

/** The 시군구 of the caller's agency (its own region, or the parent of a 읍면동), if any. */
export function useCallerArea() {
  const { data, loading, error } = useQuery(CallerAreaDocument);
  const region = data?.me.agency.region ?? null;
  const sigungu =
    region?.level === 'SIGUNGU'
      ? { code: region.code, name: region.name }
      : region?.level === 'EUPMYEONDONG' && region.parent
        ? { code: region.parent.code, name: region.parent.name }
        : undefined;
  return { region, sigungu, loading, error };
}
