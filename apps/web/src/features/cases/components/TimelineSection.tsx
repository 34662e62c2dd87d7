import { useTranslation } from 'react-i18next';
import type { CaseDetailFieldsFragment } from '../../../generated/graphql';
import { formatDateTimeMinute } from '../../../lib/format';
import { caseEventText } from '../case-event-text';
import { CaseSection } from './CaseSection';

/** 타임라인: every step of the case in order, worded in the reader's language from its codes. */
export function TimelineSection({ kase }: { kase: CaseDetailFieldsFragment }) {
  const { t, i18n } = useTranslation();
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
              {caseEventText(t, e, i18n.language)}
            </li>
          ))}
        </ol>
      )}
    </CaseSection>
  );
}
