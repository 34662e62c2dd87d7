import { useTranslation } from 'react-i18next';
import type { DirectoryResourceQuery } from '../../../generated/graphql';
import { formatDate } from '../../../lib/format';

type Resource = NonNullable<DirectoryResourceQuery['resource']>;

/** What a resource is, who gives it, when, how to apply and whom to call: the public page and the shell's alike. */
export function ResourceFacts({ resource: r }: { resource: Resource }) {
  const { t, i18n } = useTranslation();
  return (
    <dl className="facts">
      <div>
        <dt>{t('directory.agency')}</dt>
        <dd>{r.agency.name}</dd>
      </div>
      <div>
        <dt>{t('directory.domain')}</dt>
        <dd>{r.needsDomains.map((d) => t(`cases.domain.${d}`)).join(', ')}</dd>
      </div>
      <div>
        <dt>{t('directory.eligibility')}</dt>
        <dd>{r.eligibility || t('common.none')}</dd>
      </div>
      <div>
        <dt>{t('directory.fee')}</dt>
        <dd>{r.fee || t('directory.feeUnknown')}</dd>
      </div>
      <div>
        <dt>{t('directory.capacity')}</dt>
        <dd>
          {r.capacityTotal === null
            ? t('directory.noLimit')
            : t('directory.places', { free: r.capacityAvailable, total: r.capacityTotal })}
        </dd>
      </div>
      <div>
        <dt>{t('directory.hours')}</dt>
        <dd>
          {r.hours.length
            ? r.hours.map((h) => `${t(`directory.weekday.${h.weekday}`)} ${h.opens}–${h.closes}`).join(', ')
            : t('directory.hoursUnknown')}
        </dd>
      </div>
      <div>
        <dt>{t('directory.howToApply')}</dt>
        <dd>{r.howToApply || t('common.none')}</dd>
      </div>
      <div>
        <dt>{t('directory.address')}</dt>
        <dd>{r.address || t('common.none')}</dd>
      </div>
      <div>
        <dt>{t('directory.contact')}</dt>
        <dd>
          {r.phone ? <a href={`tel:${r.phone.replace(/-/g, '')}`}>{r.phone}</a> : null}
          {r.email ? (
            <>
              {' '}
              · <a href={`mailto:${r.email}`}>{r.email}</a>
            </>
          ) : null}
          {r.url ? (
            <>
              {' '}
              ·{' '}
              <a href={r.url} rel="noopener noreferrer">
                {r.url}
              </a>
            </>
          ) : null}
          {!r.phone && !r.email && !r.url ? t('common.none') : null}
        </dd>
      </div>
      <div>
        <dt>{t('directory.assuredOn')}</dt>
        <dd>
          {formatDate(r.assuredOn, i18n.language)}
          {r.stale ? ` (${t('directory.stale')})` : ''}
        </dd>
      </div>
    </dl>
  );
}
