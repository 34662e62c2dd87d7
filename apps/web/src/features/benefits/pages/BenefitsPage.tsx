import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { can, useSession } from '../../auth/current-user';

/** 급여·복지멤버십: where the benefit pages start; applications and re-verification join later. */
export function BenefitsPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  useDocumentTitle(t('benefits.home.title'));
  return (
    <>
      <h1>{t('benefits.home.title')}</h1>
      <p>{t('benefits.home.intro')}</p>
      <ul className="resource-list">
        <li className="card">
          <h2>
            <Link to="/calculator">{t('benefits.home.calculator')}</Link>
          </h2>
          <p>{t('benefits.home.calculatorBody')}</p>
        </li>
        {can(user, 'VIEW_BENEFIT_PARAMETERS') ? (
          <li className="card">
            <h2>
              <Link to="/benefits/parameters">{t('benefits.home.parameters')}</Link>
            </h2>
            <p>{t('benefits.home.parametersBody')}</p>
          </li>
        ) : null}
      </ul>
    </>
  );
}
