import { useState, type FormEvent } from 'react';
import { NEEDS_DOMAIN_CONSENT_SCOPE, NEEDS_DOMAINS, NEED_LEVELS } from '@ieum/domain';
import { useTranslation } from 'react-i18next';
import type {
  ConsentScope,
  NeedLevel,
  NeedsAssessmentFieldsFragment,
  NeedsAssessmentItemInput,
  NeedsDomain,
} from '../../../generated/graphql';
import { SelectField, TextField } from '../../../components/Fields';
import { RecordForm } from '../../../components/RecordForm';
import { RecordTable } from '../../../components/RecordTable';
import { formatDateTimeMinute } from '../../../lib/format';
import type { PayloadError } from '../../../lib/errors';
import type { PayloadResult } from '../../../lib/payload';
import { required } from '../../../lib/use-form-errors';
import { useRecordForm } from '../hooks/useRecordForm';
import { CaseSection } from './CaseSection';

interface Props {
  latest?: NeedsAssessmentFieldsFragment;
  canEdit: boolean;
  loading: boolean;
  onAssess: (items: NeedsAssessmentItemInput[]) => Promise<PayloadResult<unknown>>;
  /** What the viewer may see of the case: full, or the consented items. */
  access: { full: boolean; scopes: readonly ConsentScope[] };
}

type Row = { level: NeedLevel | ''; note: string };
const FIELDS = NEEDS_DOMAINS.flatMap((d) => [`${d}.level`, `${d}.note`]);

/** 욕구사정: the latest assessment over the ten domains, and a new one (each domain optional). */
export function AssessmentSection({ latest, access, canEdit, loading, onAssess }: Props) {
  const { t } = useTranslation();
  const hiddenByConsent = (domain: NeedsDomain) =>
    !access.full && !access.scopes.includes(NEEDS_DOMAIN_CONSENT_SCOPE[domain]);
  const itemOf = (domain: NeedsDomain) => latest?.items.find((item) => item.domain === domain);
  const [rows, setRows] = useState<Record<NeedsDomain, Row>>(
    () =>
      Object.fromEntries(
        NEEDS_DOMAINS.map((d) => [d, { level: itemOf(d)?.level ?? '', note: itemOf(d)?.note ?? '' }]),
      ) as Record<NeedsDomain, Row>,
  );
  const form = useRecordForm(FIELDS);

  function submitAssessment(event: FormEvent) {
    const domains = NEEDS_DOMAINS.filter((d) => rows[d].level !== '');
    return form.submit(event, {
      missing: domains.length ? [] : [required('items')],
      send: () =>
        onAssess(
          domains.map((domain) => ({
            domain,
            level: rows[domain].level as NeedLevel,
            note: rows[domain].note.trim(),
          })),
        ),
      // No reset: the form goes on showing what was just assessed, the start of the next one.
      recorded: t('cases.assessment.recorded'),
      // items.2.note names the third submitted domain: point the error at that domain's field.
      errorsOf: (errors) =>
        errors.map((e): PayloadError => {
          const path = e.path ?? [];
          const i = path[0] === 'input' && path[1] === 'items' ? Number(path[2]) : NaN;
          return Number.isInteger(i) && domains[i]
            ? { ...e, path: ['input', domains[i], ...path.slice(3)] }
            : e;
        }),
    });
  }

  return (
    <CaseSection id="assessment" title={t('cases.assessment.title')}>
      <RecordTable
        caption={
          latest
            ? t('cases.assessment.caption', {
                at: formatDateTimeMinute(latest.recordedAt),
                agency: latest.agency.name,
                by: latest.by?.name ?? latest.recordedBy,
              })
            : ''
        }
        columns={[t('cases.assessment.domain'), t('cases.assessment.level'), t('cases.assessment.note')]}
        // Once there is an assessment every domain has a row; one it left out says so.
        rows={latest ? NEEDS_DOMAINS : []}
        rowKey={(domain) => domain}
        cells={(domain) => {
          const item = itemOf(domain);
          return (
            <>
              <th scope="row">{t(`cases.domain.${domain}`)}</th>
              <td>
                {item
                  ? t(`cases.level.${item.level}`)
                  : // A domain the consent does not cover is hidden, not unassessed: never read as "no need".
                    hiddenByConsent(domain)
                    ? t('cases.assessment.outsideConsent')
                    : t('cases.assessment.notShown')}
              </td>
              <td className="note-cell">{item?.note ?? ''}</td>
            </>
          );
        }}
        empty={t('cases.assessment.none')}
      />
      {canEdit ? (
        <RecordForm
          id="assessment"
          title={t('cases.assessment.formTitle')}
          hint={t('cases.assessment.formHint')}
          failed={t('cases.assessment.failed')}
          submitLabel={t('cases.assessment.submit')}
          disabled={loading}
          form={form}
          onSubmit={submitAssessment}
        >
          <div className="domain-grid">
            {NEEDS_DOMAINS.map((domain) => (
              <fieldset key={domain} className="domain-row">
                <legend>{t(`cases.domain.${domain}`)}</legend>
                <SelectField
                  id={`assess-${domain}-level`}
                  label={t('cases.assessment.level')}
                  value={rows[domain].level}
                  onChange={(level) =>
                    setRows({ ...rows, [domain]: { ...rows[domain], level: level as NeedLevel | '' } })
                  }
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
        </RecordForm>
      ) : null}
    </CaseSection>
  );
}
