import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScreeningRoundStatus } from '../../../generated/graphql';
import { percentOf } from '../../../lib/format';

/** A round's status in words and, while it runs, a labelled progress bar. */
export function RoundProgress({
  number,
  status,
  progress,
}: {
  number: number;
  status: ScreeningRoundStatus;
  progress: number;
}) {
  const { t } = useTranslation();
  const id = useId();
  const isActive = status === 'QUEUED' || status === 'RUNNING';
  return (
    <span className="round-progress">
      <span className={`status status-${status.toLowerCase()}`}>{t(`screening.roundStatus.${status}`)}</span>
      {isActive ? (
        <>
          <label htmlFor={id} className="visually-hidden">
            {t('screening.rounds.progressLabel', { number })}
          </label>
          <progress id={id} max={1} value={progress} />
          <span>{t('screening.percent', { value: percentOf(progress) })}</span>
        </>
      ) : null}
    </span>
  );
}
