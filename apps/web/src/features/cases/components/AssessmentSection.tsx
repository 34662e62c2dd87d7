import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { NeedLevel, NeedsAssessmentFieldsFragment, NeedsAssessmentItemInput, NeedsDomain } from '../../../generated/graphql';
import { FormAlert } from '../../../components/FormAlert';
import { SelectField, TextField } from '../../../components/Fields';
import { formatDateTime } from '../../../lib/format';
import type { PayloadError } from '../../../lib/errors';
import type { PayloadResult } from '../../../lib/payload';
import { required, useFormErrors } from '../../../lib/use-form-errors';
import { NEED_LEVELS, NEEDS_DOMAINS } from '../roles';
import { CaseSection } from './CaseSection';

interface Props {
  latest?: NeedsAssessmentFieldsFragment;
  canEdit: boolean;
  loading: boolean;
  onAssess: (items: NeedsAssessmentItemInput[]) => Promise<PayloadResult<unknown>>;
}

type Row = { level: NeedLevel | ''; note: string };
const FIELDS = NEEDS_DOMAINS.flatMap((d) => [`${d}.level`, `${d}.note`]);

/** 욕구사정: the latest assessment over the ten domains, and a new one (each domain optional). */
export function AssessmentSection({ latest, canEdit, loading, onAssess }: Props) {
  const { t } = useTranslation();
  const itemOf = (domain: NeedsDomain) => latest?.items.find((item) => item.domain === domain);
  const [rows, setRows] = useState<Record<NeedsDomain, Row>>(
    () => Object.fromEntries(NEEDS_DOMAINS.map((d) => [d, { level: itemOf(d)?.level ?? '', note: itemOf(d)?.note ?? '' }])) as Record<NeedsDomain, Row>,
  );
  const [done, setDone] = useState<string | null>(null);
  const form = useFormErrors(FIELDS);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone(null);
    const domains = NEEDS_DOMAINS.filter((d) => rows[d].level !== '');
    if (domains.length === 0) {
      form.show([required('items')]);
      return;
    }
    form.clear();
    const result = await onAssess(domains.map((domain) => ({ domain, level: rows[domain].level as NeedLevel, note: rows[domain].note.trim() })));
    if (result.value) {
      setDone(t('cases.assessment.recorded'));
      return;
    }
    // items.2.note names the third submitted domain: point the error at that domain's field.
    form.show(
      result.errors.map((e): PayloadError => {
        const path = e.path ?? [];
        const i = path[0] === 'input' && path[1] === 'items' ? Number(path[2]) : NaN;
        return Number.isInteger(i) && domains[i] ? { ...e, path: ['input', domains[i], ...path.slice(3)] } : e;
      }),
    );
  }

  return (
    <CaseSection id="assessment" title={t('cases.assessment.title')}>
      {latest ? (
        <div className="table-wrap">
          <table>
            <caption>
              {t('cases.assessment.caption', { at: formatDateTime(latest.recordedAt).slice(0, 16), agency: latest.agency.name, by: latest.recordedBy })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('cases.assessment.domain')}</th>
                <th scope="col">{t('cases.assessment.level')}</th>
                <th scope="col">{t('cases.assessment.note')}</th>
              </tr>
            </thead>
            <tbody>
              {NEEDS_DOMAINS.map((domain) => {
                const item = itemOf(domain);
                return (
                  <tr key={domain}>
                    <th scope="row">{t(`cases.domain.${domain}`)}</th>
                    <td>{item ? t(`cases.level.${item.level}`) : t('cases.assessment.notShown')}</td>
                    <td className="note-cell">{item?.note ?? ''}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : (
        <p>{t('cases.assessment.none')}</p>
      )}
      {canEdit ? (
        <form className="card form" onSubmit={submit} noValidate aria-labelledby="assessment-form-title">
          <h3 id="assessment-form-title">{t('cases.assessment.formTitle')}</h3>
          <p className="hint">{t('cases.assessment.formHint')}</p>
          <FormAlert summaryRef={form.summaryRef} hasErrors={form.errors.length > 0} failed={t('cases.assessment.failed')} others={form.others} />
          <div className="domain-grid">
            {NEEDS_DOMAINS.map((domain) => (
              <fieldset key={domain} className="domain-row">
                <legend>{t(`cases.domain.${domain}`)}</legend>
                <SelectField
                  id={`assess-${domain}-level`}
                  label={t('cases.assessment.level')}
                  value={rows[domain].level}
                  onChange={(level) => setRows({ ...rows, [domain]: { ...rows[domain], level: level as NeedLevel | '' } })}
                  errors={form.field(`${domain}.level`)}
                >
                  <option value="">{t('cases.assessment.notAssessed')}</option>
                  {NEED_LEVELS.map((level) => (
                    <option key={level} value={level}>
                      {t(`cases.level.${level}`)}
                    </option>
                  ))}
                </SelectField>
                <TextField
                  id={`assess-${domain}-note`}
                  label={t('cases.assessment.note')}
                  value={rows[domain].note}
                  onChange={(note) => setRows({ ...rows, [domain]: { ...rows[domain], note } })}
                  errors={form.field(`${domain}.note`)}
                />
              </fieldset>
            ))}
          </div>
          <div className="form-actions">
            <button type="submit" className="primary" disabled={loading}>
              {t('cases.assessment.submit')}
            </button>
          </div>
          <p role="status" className="status-line">
            {done}
          </p>
        </form>
      ) : null}
    </CaseSection>
  );
}
