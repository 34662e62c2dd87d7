import { useTranslation } from 'react-i18next';
import type { CaseDetailFieldsFragment } from '../../../generated/graphql';

const STAGES = [
  { key: 'assess', section: 'assessment' },
  { key: 'plan', section: 'goals' },
  { key: 'serve', section: 'services' },
  { key: 'meet', section: 'conferences' },
  { key: 'close', section: 'close' },
] as const;
type Stage = (typeof STAGES)[number]['key'];

/** Where a case stands: not yet assessed, assessed without a plan, being served, or closed. */
export function currentStage(
  kase: Pick<CaseDetailFieldsFragment, 'status' | 'assessments' | 'goals'>,
): Stage {
  if (kase.status === 'CLOSED') return 'close';
  if (kase.assessments.length === 0) return 'assess';
  if (kase.goals.length === 0) return 'plan';
  return 'serve';
}

/**
 * 사정 → 계획 → 서비스·점검 → 회의 → 종결: the case's stages as links to their sections, the one it
 * stands at marked, so a worker sees where the case is and jumps there (종결 only where the form is).
 */
export function CaseStages({ kase, canClose }: { kase: CaseDetailFieldsFragment; canClose: boolean }) {
  const { t } = useTranslation();
  const current = currentStage(kase);
  return (
    <nav aria-label={t('cases.stages.label')} className="case-stages">
      <ol>
        {STAGES.map(({ key, section }) => (
          <li key={key} className={key === current ? 'current' : undefined}>
            {key === 'close' && !canClose ? (
              <span aria-current={key === current ? 'step' : undefined}>{t(`cases.stages.${key}`)}</span>
            ) : (
              <a href={`#${section}-title`} aria-current={key === current ? 'step' : undefined}>
                {t(`cases.stages.${key}`)}
              </a>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
