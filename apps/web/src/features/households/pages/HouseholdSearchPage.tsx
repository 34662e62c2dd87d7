import { useMemo, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { HouseholdFilter, HouseholdOrderField } from '../../../generated/graphql';
import { TextField } from '../../../components/Fields';
import { PagedList } from '../../../components/PagedList';
import { useCursorPages, withoutPaging } from '../../../lib/cursor-pages';
import { useListSort } from '../../../lib/list-sort';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useUrlForm } from '../../../lib/use-url-form';
import { can, useSession } from '../../auth/current-user';
import { HouseholdResultsTable } from '../components/HouseholdResultsTable';
import {
  putRegionInSearchParams,
  RegionPicker,
  regionFromSearchParams,
  selectedRegionCode,
  type RegionSelection,
} from '../components/RegionPicker';
import { HOUSEHOLD_PAGE_SIZE, useHouseholdSearch } from '../hooks/useHouseholdSearch';

const HOUSEHOLD_SORT = { address: 'ADDRESS', dong: 'REGION' } as const satisfies Record<
  string,
  HouseholdOrderField
>;

// The search lives in the query string (?sido=&sigungu=&emd=&q=), so back/forward and shared links work.
const NOT_SEARCHED = { totalCount: undefined, endCursor: undefined, hasNextPage: false };

export function HouseholdSearchPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const [params, setParams] = useSearchParams();
  const pages = useCursorPages();
  useDocumentTitle(t('households.search.title'));

  const urlRegion = regionFromSearchParams(params);
  const urlName = params.get('q') ?? '';
  const isSearched = params.has('q');

  const [form, setForm] = useUrlForm<{ region: RegionSelection; name: string }>({
    region: urlRegion,
    name: urlName,
  });

  const urlRegionCode = selectedRegionCode(urlRegion);
  const filter = useMemo<HouseholdFilter | undefined>(() => {
    if (!isSearched) return undefined;
    const regionCode = urlRegionCode;
    return {
      ...(regionCode ? { regionCode } : {}),
      ...(urlName.trim() ? { search: urlName.trim() } : {}),
    };
  }, [isSearched, urlRegionCode, urlName]);

  // ?sort=address&dir=asc: 주소 in natural order, or by 읍면동; the API's own order otherwise.
  const { sort, orderBy, onSort } = useListSort(HOUSEHOLD_SORT);
  const search = useHouseholdSearch(filter, { after: pages.after, page: pages.jump, orderBy });

  function submit(event: FormEvent) {
    event.preventDefault();
    const next = putRegionInSearchParams(withoutPaging(new URLSearchParams()), form.region);
    next.set('q', form.name.trim());
    // A new search keeps the order the table is sorted in.
    for (const key of ['sort', 'dir']) {
      const value = params.get(key);
      if (value) next.set(key, value);
    }
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
        <RegionPicker
          idPrefix="search-region"
          value={form.region}
          onChange={(region) => setForm({ ...form, region })}
          mode="filter"
        />
        <TextField
          id="search-name"
          label={t('households.search.name')}
          hint={t('households.search.nameHint')}
          type="search"
          autoComplete="off"
          value={form.name}
          onChange={(name) => setForm({ ...form, name })}
        />
        <div className="form-actions">
          <button type="submit" className="primary">
            {t('households.search.submit')}
          </button>
        </div>
      </form>

      <PagedList
        // Before the first search nothing is asked: the status line says how to start.
        list={isSearched ? search : NOT_SEARCHED}
        notice={isSearched ? undefined : t('households.search.prompt')}
        pages={pages}
        pageSize={HOUSEHOLD_PAGE_SIZE}
        total={(count) => t('households.search.total', { count })}
        empty={t('households.search.empty')}
      >
        <HouseholdResultsTable
          households={search.households}
          sort={{ key: sort?.key ?? null, dir: sort?.dir ?? 'asc', onSort }}
        />
      </PagedList>
    </>
  );
}
