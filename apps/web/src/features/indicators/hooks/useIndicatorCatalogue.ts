import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { CrisisIndicatorCatalogueDocument } from '../../../generated/graphql';

/**
 * 위기정보 유형 catalogue with its groups, in the API's order. Each kind also carries `name` and
 * `groupName` in the UI language (each group its `name`), and `language` says which one that is (for `lang` attributes).
 */
export function useIndicatorCatalogue() {
  const { i18n } = useTranslation();
  const { data, loading, error, refetch } = useQuery(CrisisIndicatorCatalogueDocument, {
    fetchPolicy: 'cache-and-network',
  });
  const isKorean = (i18n.resolvedLanguage ?? i18n.language) === 'ko';
  const kinds = (data?.crisisIndicatorKinds ?? []).map((kind) => ({
    ...kind,
    name: isKorean ? kind.nameKo : kind.nameEn,
    groupName: isKorean ? kind.groupNameKo : kind.groupNameEn,
  }));
  return {
    kinds,
    groups: (data?.crisisIndicatorGroups ?? []).map((group) => ({
      ...group,
      name: isKorean ? group.nameKo : group.nameEn,
    })),
    language: isKorean ? 'ko' : 'en',
    /** A kind's name in the UI language, or its code when the catalogue does not know it. */
    nameOf: (code: string) => kinds.find((kind) => kind.code === code)?.name ?? code,
    loading,
    error,
    retry: () => void refetch().catch(() => undefined),
  };
}
