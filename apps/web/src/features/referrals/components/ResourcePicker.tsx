import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResourceCardFragment } from '../../../generated/graphql';
import { TextField } from '../../../components/Fields';
import { useDirectorySearch } from '../../resources/hooks/useDirectory';

interface Props {
  /** The household's 읍면동: the search starts with resources given there or serving it. */
  regionCode: string | undefined;
  chosen: ResourceCardFragment | null;
  onChoose: (resource: ResourceCardFragment | null) => void;
}

const placesOf = (r: ResourceCardFragment) =>
  r.capacityTotal === null || r.capacityTotal === undefined ? null : (r.capacityAvailable ?? 0);

/** 복지자원 for a referral: search the directory near the household and pick one, with its places free. */
export function ResourcePicker({ regionCode, chosen, onChoose }: Props) {
  const { t } = useTranslation();
  const [words, setWords] = useState('');
  const search = words.trim();
  const { resources, loading } = useDirectorySearch({ search: search || undefined, regionCode }, undefined);

  if (chosen) {
    const places = placesOf(chosen);
    return (
      <div className="resource-chosen" aria-live="polite">
        <p>
          {t('referrals.resource.chosen', { name: chosen.name, agency: chosen.agency.name })}{' '}
          <span className={places === 0 ? 'badge warn' : 'badge'}>
            {places === null
              ? t('referrals.resource.unlimited')
              : t('referrals.resource.places', { count: places })}
          </span>
        </p>
        <button type="button" className="secondary" onClick={() => onChoose(null)}>
          {t('referrals.resource.clear')}
        </button>
      </div>
    );
  }
  return (
    <fieldset className="resource-picker">
      <legend>{t('referrals.resource.legend')}</legend>
      <TextField
        id="referral-resource-search"
        label={t('referrals.resource.search')}
        hint={t('referrals.resource.searchHint')}
        value={words}
        onChange={setWords}
      />
      {search ? (
        <ul className="resource-options" aria-busy={loading}>
          {resources.slice(0, 8).map((r) => {
            const places = placesOf(r);
            return (
              <li key={r.id}>
                <button type="button" className="link-button" onClick={() => onChoose(r)}>
                  {r.name}
                </button>{' '}
                <span className="hint">
                  {r.agency.name} ·{' '}
                  {places === null
                    ? t('referrals.resource.unlimited')
                    : t('referrals.resource.places', { count: places })}
                </span>
              </li>
            );
          })}
          {!loading && resources.length === 0 ? (
            <li className="hint">{t('referrals.resource.none')}</li>
          ) : null}
        </ul>
      ) : null}
    </fieldset>
  );
}
