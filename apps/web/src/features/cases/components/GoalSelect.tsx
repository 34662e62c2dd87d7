import { useTranslation } from 'react-i18next';
import type { CaseDetailFieldsFragment } from '../../../generated/graphql';
import { SelectField } from '../../../components/Fields';
import type { PayloadError } from '../../../lib/errors';

interface Props {
  id: string;
  label: string;
  goals: CaseDetailFieldsFragment['goals'];
  value: string;
  onChange: (goalId: string) => void;
  errors?: readonly PayloadError[];
}

/** The optional choice of one of the case's goals, for a record that works towards it. */
export function GoalSelect({ id, label, goals, value, onChange, errors }: Props) {
  const { t } = useTranslation();
  return (
    <SelectField id={id} label={label} value={value} onChange={onChange} errors={errors}>
      <option value="">{t('cases.noGoal')}</option>
      {goals.map((g) => (
        <option key={g.id} value={g.id}>
          {g.title}
        </option>
      ))}
    </SelectField>
  );
}
