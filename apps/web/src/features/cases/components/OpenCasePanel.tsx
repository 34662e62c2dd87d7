import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { PayloadError } from '../../../lib/errors';
import { useErrorText } from '../../../lib/use-error-text';

interface Props {
  onOpen: () => void;
  loading: boolean;
  errors: readonly PayloadError[];
  /** The household's open case, found after a CONFLICT. */
  openCaseId?: string;
}

/** 사례 열기 on a household: one open case per household, so a CONFLICT links to the existing one. */
export function OpenCasePanel({ onOpen, loading, errors, openCaseId }: Props) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const isConflict = errors.some((e) => e.code === 'CONFLICT');
  return (
    <section aria-labelledby="open-case-title" className="card">
      <h2 id="open-case-title">{t('cases.open.title')}</h2>
      <p className="hint">{t('cases.open.intro')}</p>
      <div className="form-actions">
        <button type="button" className="primary" onClick={onOpen} disabled={loading}>
          {loading ? t('cases.open.opening') : t('cases.open.button')}
        </button>
      </div>
      <div role="alert" className={errors.length ? 'alert alert-error' : undefined}>
        {errors.map((e, i) => (
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
