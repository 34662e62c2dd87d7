import { useMemo, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { HouseholdFilter } from '../../../generated/graphql';
import { Pagination } from '../../../components/Pagination';
import { QueryError } from '../../../components/QueryError';
import { useCursorPages, withoutPaging } from '../../../lib/cursor-pages';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { can, useSession } from '../../auth/current-user';
import { HouseholdResultsTable } from '../components/HouseholdResultsTable';
import {
  putRegionInSearchParams,
  RegionPicker,
  regionFromSearchParams,
  selectedRegionCode,
  type RegionSelection,
} from '../components/RegionPicker';
import { useHouseholdSearch } from '../hooks/useHouseholdSearch';

// The search lives in the query string (?sido=&sigungu=&emd=&q=), so back/forward and shared links work.

export function HouseholdSearchPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const [params, setParams] = useSearchParams();
  const pages = useCursorPages();
  useDocumentTitle(t('households.search.title'));

  const urlRegion = regionFromSearchParams(params);
  const urlName = params.get('q') ?? '';
  const isSearched = params.has('q');

  const [region, setRegion] = useState<RegionSelection>(urlRegion);
  const [name, setName] = useState(urlName);
  // Back/forward changes the URL under the form: show what is being searched.
  const paramsKey = `${urlRegion.sido}|${urlRegion.sigungu}|${urlRegion.eupmyeondong}|${urlName}`;
  // (Set while rendering, as React advises for state that follows a prop, rather than in an effect.)
  const [shownKey, setShownKey] = useState(paramsKey);
  if (shownKey !== paramsKey) {
    setShownKey(paramsKey);
    setRegion(urlRegion);
    setName(urlName);
  }

  const urlRegionCode = selectedRegionCode(urlRegion);
  const filter = useMemo<HouseholdFilter | undefined>(() => {
    if (!isSearched) return undefined;
    const regionCode = urlRegionCode;
    return {
      ...(regionCode ? { regionCode } : {}),
      ...(urlName.trim() ? { search: urlName.trim() } : {}),
    };
  }, [isSearched, urlRegionCode, urlName]);

  const search = useHouseholdSearch(filter, pages.after);

  function submit(event: FormEvent) {
    event.preventDefault();
    const next = putRegionInSearchParams(withoutPaging(new URLSearchParams()), region);
    next.set('q', name.trim());
    setParams(next);
  }

  return (
    <>
      <div className="page-heading">
        <h1>{t('households.search.title')}</h1>
        {can(user, 'REGISTER_HOUSEHOLD') ? (
          <Link className="button-link" to="/households/new">
            {t('households.search.register')}
          </Link>
        ) : null}
      </div>

      <form
        className="card form search-form"
        onSubmit={submit}
        role="search"
        aria-label={t('households.search.legend')}
      >
        <RegionPicker idPrefix="search-region" value={region} onChange={setRegion} mode="filter" />
        <div className="field">
          <label htmlFor="search-name">{t('households.search.name')}</label>
          <input
            id="search-name"
            type="search"
            value={name}
            onChange={(e) => setName(e.target.value)}
            aria-describedby="search-name-hint"
            autoComplete="off"
          />
          <p id="search-name-hint" className="hint">
            {t('households.search.nameHint')}
          </p>
        </div>
        <div className="form-actions">
          <button type="submit" className="primary">
            {t('households.search.submit')}
          </button>
        </div>
      </form>

      <div role="status" aria-live="polite" className="status-line">
        {!isSearched
          ? t('households.search.prompt')
          : search.loading && search.totalCount === undefined
            ? t('common.loading')
            : search.totalCount !== undefined && !search.error
              ? t('households.search.total', { count: search.totalCount })
              : null}
      </div>

      {search.error ? <QueryError error={search.error} onRetry={search.retry} /> : null}

      {isSearched && !search.error && search.totalCount !== undefined ? (
        search.households.length === 0 ? (
          <p>{t('households.search.empty')}</p>
        ) : (
          <>
            <HouseholdResultsTable households={search.households} />
            <Pagination
              page={pages.page}
              hasPrevious={pages.hasPrevious}
              hasNext={search.hasNextPage && Boolean(search.endCursor)}
              onPrevious={pages.goPrevious}
              onNext={() => search.endCursor && pages.goNext(search.endCursor)}
            />
          </>
        )
      ) : null}
    </>
  );
}
