import { useTranslation } from 'react-i18next';
import type { ScreeningPreview } from '../hooks/usePreviewScreeningRules';

/** What the draft would pick today: households scored, eligible and picked (national and local). */
export function RulePreviewSummary({ preview }: { preview: ScreeningPreview }) {
  const { t } = useTranslation();
  const households = (count: number) => t('screening.rules.households', { count });
  return (
    <section aria-labelledby="preview-title" className="preview">
      <h2 id="preview-title">{t('screening.rules.previewTitle')}</h2>
      <dl className="facts">
        <div>
          <dt>{t('screening.rules.householdsScored')}</dt>
          <dd>{households(preview.householdsScored)}</dd>
        </div>
        <div>
          <dt>{t('screening.rules.eligible')}</dt>
          <dd>{households(preview.eligible)}</dd>
        </div>
        <div>
          <dt>{t('screening.rules.picked')}</dt>
          <dd>
            {t('screening.rules.pickedSplit', {
              picked: households(preview.picked),
              national: preview.pickedNational,
              local: preview.pickedLocal,
            })}
          </dd>
        </div>
      </dl>
    </section>
  );
}
