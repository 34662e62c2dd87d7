import { useTranslation } from 'react-i18next';
import type { CaseDetailFieldsFragment } from '../../../generated/graphql';
import { formatDateTimeMinute } from '../../../lib/format';
import { CaseSection } from './CaseSection';

/** 타임라인: every step of the case in order, as the API words it. */
export function TimelineSection({ kase }: { kase: CaseDetailFieldsFragment }) {
  const { t } = useTranslation();
  return (
    <CaseSection id="timeline" title={t('cases.timeline.title')}>
      {kase.timeline.length === 0 ? (
        <p>{t('cases.timeline.none')}</p>
      ) : (
        <ol className="timeline">
          {kase.timeline.map((e, i) => (
            <li key={`${e.at}-${i}`}>
              <time dateTime={e.at}>{formatDateTimeMinute(e.at)}</time>{' '}
              <span className="tag">{t(`cases.timeline.kind.${e.kind}`, { defaultValue: e.kind })}</span>{' '}
              {e.label}
            </li>
          ))}
        </ol>
      )}
    </CaseSection>
  );
}
