import { useState, type FormEvent } from 'react';
import { NEEDS_DOMAINS } from '@ieum/domain';
import { useTranslation } from 'react-i18next';
import type {
  AddServicePlanGoalInput,
  CaseDetailFieldsFragment,
  NeedsDomain,
} from '../../../generated/graphql';
import { ChoiceGroup, TextField } from '../../../components/Fields';
import { RecordForm } from '../../../components/RecordForm';
import { RecordTable } from '../../../components/RecordTable';
import { formatDate, todayInKorea } from '../../../lib/format';
import type { PayloadResult } from '../../../lib/payload';
import { required } from '../../../lib/use-form-errors';
import { useRecordForm } from '../hooks/useRecordForm';
import { CaseSection } from './CaseSection';

interface Props {
  kase: CaseDetailFieldsFragment;
  canEdit: boolean;
  loading: boolean;
  onAdd: (input: AddServicePlanGoalInput) => Promise<PayloadResult<unknown>>;
}

/** 서비스 계획: goals, each answering needs the latest assessment found (level above NONE). */
export function GoalsSection({ kase, canEdit, loading, onAdd }: Props) {
  const { t } = useTranslation();
  const inNeed = NEEDS_DOMAINS.filter((d) =>
    kase.assessments[0]?.items.some((item) => item.domain === d && item.level !== 'NONE'),
  );
  const [title, setTitle] = useState('');
  const [targetDate, setTargetDate] = useState('');
  const [needs, setNeeds] = useState<NeedsDomain[]>([]);
  const form = useRecordForm(['title', 'targetDate', 'needs']);

  const submitGoal = (event: FormEvent) =>
    form.submit(event, {
      missing: [
        ...(title.trim() ? [] : [required('title')]),
        ...(targetDate ? [] : [required('targetDate')]),
        ...(needs.length ? [] : [required('needs')]),
      ],
      send: () => onAdd({ caseId: kase.id, title: title.trim(), targetDate, needs }),
      recorded: t('cases.goals.recorded'),
      reset: () => {
        setTitle('');
        setTargetDate('');
        setNeeds([]);
      },
    });

  return (
    <CaseSection id="goals" title={t('cases.goals.title')}>
      <RecordTable
        caption={t('cases.goals.caption')}
        columns={[t('cases.goals.goal'), t('cases.goals.targetDate'), t('cases.goals.needs')]}
        rows={kase.goals}
        rowKey={(g) => g.id}
        cells={(g) => (
          <>
            <th scope="row">{g.title}</th>
            <td>{formatDate(g.targetDate)}</td>
            <td>{g.needs.map((d) => t(`cases.domain.${d}`)).join(', ')}</td>
          </>
        )}
        empty={t('cases.goals.none')}
      />
      {canEdit ? (
        <RecordForm
          id="goal"
          title={t('cases.goals.formTitle')}
          failed={t('cases.goals.failed')}
          submitLabel={t('cases.goals.submit')}
          disabled={loading || inNeed.length === 0}
          form={form}
          onSubmit={submitGoal}
        >
          <TextField
            id="goal-title"
            label={t('cases.goals.goal')}
            value={title}
            onChange={setTitle}
            required
            errors={form.field('title')}
          />
          <TextField
            id="goal-targetDate"
            className="field-narrow"
            type="date"
            label={t('cases.goals.targetDate')}
            value={targetDate}
            min={todayInKorea()}
            onChange={setTargetDate}
            required
            errors={form.field('targetDate')}
          />
          <ChoiceGroup
            id="goal-need"
            legend={t('cases.goals.needs')}
            type="checkbox"
            hint={inNeed.length ? t('cases.goals.needsHint') : t('cases.goals.assessFirst')}
            options={inNeed.map((d) => ({ value: d, label: t(`cases.domain.${d}`) }))}
            selected={needs}
            // Kept in the domains' order, whatever the order of the clicks.
            onToggle={(d, on) =>
              setNeeds(
                on ? NEEDS_DOMAINS.filter((x) => x === d || needs.includes(x)) : needs.filter((x) => x !== d),
              )
            }
            errors={form.field('needs')}
          />
        </RecordForm>
      ) : null}
    </CaseSection>
  );
}
