import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { PayloadError } from '../../../lib/errors';
import { useErrorText } from '../../../lib/use-error-text';

interface Props {
  onOpen: () => void;
  loading: boolean;
  errors: readonly PayloadError[];
  /** The household's open case, if it has one: then the panel links to it instead of offering 사례 열기. */
  openCaseId?: string;
}

/**
 * 사례 열기 on a household. A household has one open case at most, so when it has one the panel links
 * to it; a CONFLICT (someone opened one meanwhile) says so and links to it too, never "try again".
 */
export function OpenCasePanel({ onOpen, loading, errors, openCaseId }: Props) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const isConflict = errors.some((e) => e.code === 'CONFLICT');
  return (
    <section aria-labelledby="open-case-title" className="card">
      <h2 id="open-case-title">{t('cases.open.title')}</h2>
      <p className="hint">{t('cases.open.intro')}</p>
      {openCaseId && !isConflict ? (
        <p>
          {t('cases.open.hasOpenCase')}{' '}
          <Link to={`/cases/${encodeURIComponent(openCaseId)}`}>{t('cases.open.goToOpenCase')}</Link>
        </p>
      ) : (
        <div className="form-actions">
          <button type="button" className="primary" onClick={onOpen} disabled={loading}>
            {loading ? t('cases.open.opening') : t('cases.open.button')}
          </button>
        </div>
      )}
      <div role="alert" className={errors.length ? 'alert alert-error' : undefined}>
        {errors
          .filter((e) => e.code !== 'CONFLICT')
          .map((e, i) => (
            <p key={`${e.code}-${i}`}>
              <span aria-hidden="true">⚠ </span>
              {errorText(e)}
            </p>
          ))}
        {isConflict ? (
          <p>
            {t('cases.open.conflict')}{' '}
            {openCaseId ? (
              <Link to={`/cases/${encodeURIComponent(openCaseId)}`}>{t('cases.open.goToOpenCase')}</Link>
            ) : null}
          </p>
        ) : null}
      </div>
    </section>
  );
}
