import { useMemo, type FormEvent } from 'react';
import { NEEDS_DOMAINS } from '@ieum/domain';
import { Link, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { NeedsDomain, ResourceFilter } from '../../../generated/graphql';
import { CheckboxField, SelectField, TextField } from '../../../components/Fields';
import { PagedList } from '../../../components/PagedList';
import { useCursorPages, withoutPaging } from '../../../lib/cursor-pages';
import { useUrlForm } from '../../../lib/use-url-form';
import { NO_REGION, RegionPicker, type RegionSelection } from '../../households/components/RegionPicker';
import { useDirectorySearch } from '../hooks/useDirectory';

const FLAGS = ['openNow', 'hasCapacity', 'free'] as const;
type Form = { search: string; domain: string; region: RegionSelection } & Record<
  (typeof FLAGS)[number],
  boolean
>;

const formOf = (p: URLSearchParams): Form => ({
  search: p.get('q') ?? '',
  domain: p.get('domain') ?? '',
  region: { sido: p.get('sido') ?? '', sigungu: p.get('sigungu') ?? '', eupmyeondong: p.get('emd') ?? '' },
  openNow: p.get('openNow') === '1',
  hasCapacity: p.get('hasCapacity') === '1',
  free: p.get('free') === '1',
});

/**
 * 복지샘 search: words, need, region and flags, kept in the URL so a search can be shared; results
 * link to `basePath/:id` (the public page, or the same page inside the signed-in app).
 */
export function DirectorySearch({ basePath, headingLevel = 2 }: { basePath: string; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const pages = useCursorPages();
  const Heading = `h${headingLevel}` as const;
  const fromUrl = formOf(params);
  const [form, setForm] = useUrlForm<Form>(fromUrl);
  const key = params.toString();
  const filter = useMemo<ResourceFilter>(() => {
    const f = formOf(new URLSearchParams(key));
    const regionCode = f.region.eupmyeondong || f.region.sigungu || f.region.sido;
    return {
      ...(f.search.trim() ? { search: f.search.trim() } : {}),
      ...(regionCode ? { regionCode } : {}),
      ...((NEEDS_DOMAINS as readonly string[]).includes(f.domain)
        ? { needsDomain: f.domain as NeedsDomain }
        : {}),
      ...Object.fromEntries(FLAGS.filter((k) => f[k]).map((k) => [k, true])),
    };
  }, [key]);
  const list = useDirectorySearch(filter, pages.after);

  function submit(event: FormEvent) {
    event.preventDefault();
    const next = withoutPaging(new URLSearchParams());
    if (form.search.trim()) next.set('q', form.search.trim());
    if (form.domain) next.set('domain', form.domain);
    if (form.region.sido) next.set('sido', form.region.sido);
    if (form.region.sigungu) next.set('sigungu', form.region.sigungu);
    if (form.region.eupmyeondong) next.set('emd', form.region.eupmyeondong);
    for (const k of FLAGS) if (form[k]) next.set(k, '1');
    setParams(next);
  }

  return (
    <>
      <form
        className="card form filter-form"
        role="search"
        aria-label={t('directory.legend')}
        onSubmit={submit}
      >
        <TextField
          id="directory-search"
          label={t('directory.search')}
          hint={t('directory.searchHint')}
          type="search"
          maxLength={100}
          value={form.search}
          onChange={(search) => setForm((f) => ({ ...f, search }))}
        />
        <SelectField
          id="directory-domain"
          label={t('directory.domain')}
          value={form.domain}
          onChange={(domain) => setForm((f) => ({ ...f, domain }))}
        >
          <option value="">{t('directory.anyDomain')}</option>
          {NEEDS_DOMAINS.map((d) => (
            <option key={d} value={d}>
              {t(`cases.domain.${d}`)}
            </option>
          ))}
        </SelectField>
        <RegionPicker
          idPrefix="directory-region"
          value={form.region ?? NO_REGION}
          onChange={(region) => setForm((f) => ({ ...f, region }))}
          mode="filter"
        />
        {FLAGS.map((k) => (
          <CheckboxField
            key={k}
            id={`directory-${k}`}
            label={t(`directory.${k}`)}
            checked={form[k]}
            onChange={(on) => setForm((f) => ({ ...f, [k]: on }))}
          />
        ))}
        <div className="form-actions">
          <button type="submit" className="primary">
            {t('directory.submit')}
          </button>
        </div>
      </form>
      <PagedList
        list={list}
        pages={pages}
        total={(count) => t('directory.total', { count })}
        empty={t('directory.empty')}
      >
        <ul className="resource-list" aria-label={t('directory.results')}>
          {list.resources.map((r) => (
            <li key={r.id} className="card">
              <Heading>
                <Link to={`${basePath}/${encodeURIComponent(r.id)}`}>{r.name}</Link>
              </Heading>
              <p className="hint">
                {r.agency.name} · {r.needsDomains.map((d) => t(`cases.domain.${d}`)).join(', ')}
              </p>
              <p>{r.description}</p>
              <p className="hint">
                {t('directory.fee')}: {r.fee || t('directory.feeUnknown')} ·{' '}
                {r.capacityTotal === null
                  ? t('directory.noLimit')
                  : t('directory.places', { free: r.capacityAvailable, total: r.capacityTotal })}
              </p>
            </li>
          ))}
        </ul>
      </PagedList>
    </>
  );
}
