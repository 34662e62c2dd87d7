import { useState, type FormEvent } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { ApplicationProgramme } from '../../../generated/graphql';
import { SelectField, TextField } from '../../../components/Fields';
import { FormAlert } from '../../../components/FormAlert';
import { required, useFormErrors } from '../../../lib/use-form-errors';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useApplicationProgrammes, useSubmitApplication } from '../hooks/useSubmitApplication';

/**
 * 급여 신청 접수 by a public worker: for a household of the area (from its page, ?household=), any
 * programme; for a resident registered elsewhere who is present, the nationwide programmes by
 * 주민등록번호 (전국 단위 신청). The application goes to the household's home 읍면동 either way.
 */
export function NewApplicationPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('applications.new.title'));
  const [params] = useSearchParams();
  const householdId = params.get('household');
  const address = (useLocation().state as { address?: string } | null)?.address;
  const { programmes } = useApplicationProgrammes();
  const submit = useSubmitApplication();
  const [rrn, setRrn] = useState('');
  const [programme, setProgramme] = useState<ApplicationProgramme | ''>('');
  const [note, setNote] = useState('');
  const [done, setDone] = useState<{ id: string; region: string } | null>(null);
  const form = useFormErrors(['applicantRrn', 'householdId', 'programme', 'note']);
  // Outside the household's area only the nationwide programmes can be taken.
  const offered = householdId ? programmes : programmes.filter((p) => p.nationwide);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setDone(null);
    const missing = [
      ...(householdId || rrn.trim() ? [] : [required('applicantRrn')]),
      ...(programme ? [] : [required('programme')]),
    ];
    if (missing.length) return form.show(missing);
    form.clear();
    const result = await submit.run({
      programme: programme as ApplicationProgramme,
      ...(householdId ? { householdId } : { applicantRrn: rrn.trim() }),
      ...(note.trim() ? { note: note.trim() } : {}),
    });
    if (result.value) {
      setDone({ id: result.value.id, region: result.value.receivingRegion.fullName });
      setRrn('');
      setProgramme('');
      setNote('');
    } else form.show(result.errors);
  }

  return (
    <>
      <p className="breadcrumb">
        <Link to="/applications">{t('applications.detail.back')}</Link>
      </p>
      <h1>{t('applications.new.title')}</h1>
      <p className="hint">{t('applications.new.intro')}</p>
      <form
        className="card form"
        onSubmit={(e) => void onSubmit(e)}
        noValidate
        aria-label={t('applications.new.title')}
      >
        <FormAlert
          summaryRef={form.summaryRef}
          hasErrors={form.errors.length > 0}
          failed={t('applications.new.failed')}
          others={form.others}
        />
        {householdId ? (
          <p>{t('applications.new.household', { address: address ?? householdId })}</p>
        ) : (
          <TextField
            id="application-rrn"
            label={t('applications.new.rrn')}
            hint={t('applications.new.rrnHint')}
            value={rrn}
            onChange={setRrn}
            required
            autoComplete="off"
            inputMode="numeric"
            maxLength={14}
            errors={form.field('applicantRrn')}
          />
        )}
        <SelectField
          id="application-programme"
          label={t('applications.new.programme')}
          value={programme}
          onChange={(v) => setProgramme(v as ApplicationProgramme | '')}
          required
          errors={form.field('programme')}
        >
          <option value="">{t('applications.new.choose')}</option>
          {offered.map((p) => {
            const label = i18n.language.startsWith('en') ? `${p.label} · ${p.labelEn}` : p.label;
            return (
              <option key={p.programme} value={p.programme}>
                {p.nationwide ? t('applications.new.nationwide', { label }) : label}
              </option>
            );
          })}
        </SelectField>
        <TextField
          id="application-note"
          multiline
          label={t('applications.new.note')}
          value={note}
          onChange={setNote}
          maxLength={2000}
          errors={form.field('note')}
        />
        <div className="form-actions">
          <button type="submit" className="primary" disabled={submit.loading}>
            {t('applications.new.submit')}
          </button>
        </div>
      </form>
      <p role="status" className="status-line">
        {done ? (
          <>
            {t('applications.new.done', { region: done.region })}{' '}
            <Link to={`/applications/${encodeURIComponent(done.id)}`}>{t('applications.new.open')}</Link>
          </>
        ) : null}
      </p>
    </>
  );
}
