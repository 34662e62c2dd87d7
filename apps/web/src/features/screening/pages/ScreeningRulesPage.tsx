import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/FormAlert';
import { QueryError } from '../../../components/QueryError';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useFormErrors } from '../../../lib/use-form-errors';
import { can, useSession } from '../../auth/current-user';
import { useIndicatorCatalogue } from '../../indicators/hooks/useIndicatorCatalogue';
import { HouseholdRulesEditor } from '../components/HouseholdRulesEditor';
import { IndicatorWeightsTable } from '../components/IndicatorWeightsTable';
import { RuleBasicsFieldset } from '../components/RuleBasicsFieldset';
import { RuleHistoryTable } from '../components/RuleHistoryTable';
import { RulePreviewSummary } from '../components/RulePreviewSummary';
import { useCallerArea } from '../hooks/useCallerArea';
import { usePreviewScreeningRules, type ScreeningPreview } from '../hooks/usePreviewScreeningRules';
import { useSaveScreeningRules } from '../hooks/useSaveScreeningRules';
import { useScreeningRules } from '../hooks/useScreeningRules';
import { documentFromDraft, draftFromDocument, type RuleDocument, type RuleDraft } from '../rule-document';
import { ruleErrorPaths } from '../rule-error-paths';

/**
 * 발굴 기준 editor. A 시군구 supervisor edits their 시군구's rules (starting from those in force,
 * possibly the national default); an analyst edits the national default.
 */
export function ScreeningRulesPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const area = useCallerArea();
  const isSupervisor = can(user, 'EDIT_LOCAL_RULES');
  const regionCode = isSupervisor ? (area.sigungu?.code ?? null) : null;
  const rules = useScreeningRules(regionCode, !isSupervisor || Boolean(area.sigungu));
  const catalogue = useIndicatorCatalogue();
  const previewer = usePreviewScreeningRules();
  const saver = useSaveScreeningRules();
  useDocumentTitle(t('screening.rules.title'));

  const [draft, setDraft] = useState<RuleDraft | null>(null);
  const [preview, setPreview] = useState<ScreeningPreview | null>(null);
  const [savedVersion, setSavedVersion] = useState<number | null>(null);
  const form = useFormErrors(
    draft
      ? ruleErrorPaths(
          draft,
          catalogue.kinds.map((k) => k.code),
        )
      : [],
  );
  const errorsFor = (key: string) => form.field(`document.${key}`);
  const change = (next: Partial<RuleDraft>) => setDraft((d) => (d ? { ...d, ...next } : d));

  // Start from the rules in force once they arrive (and again for another scope).
  // (Set while rendering, as React advises for state that follows a prop, rather than in an effect.)
  const [loadedId, setLoadedId] = useState<string | undefined>(undefined);
  if (rules.ruleSet && rules.ruleSet.id !== loadedId) {
    setLoadedId(rules.ruleSet.id);
    setDraft(draftFromDocument(rules.ruleSet.document as Record<string, unknown>));
  }

  /** A new attempt: the draft as a document, with the last attempt's errors and saved version gone. */
  function attempt(): RuleDocument | undefined {
    if (!draft) return undefined;
    setSavedVersion(null);
    form.clear();
    return documentFromDraft(draft);
  }

  async function runPreview() {
    const document = attempt();
    if (!document) return;
    const result = await previewer.preview(regionCode, document);
    setPreview(result.value ?? null);
    if (!result.value) form.show(result.errors);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const document = attempt();
    if (!document) return;
    const result = await saver.save(regionCode, document);
    if (result.value) setSavedVersion(result.value.version);
    else form.show(result.errors);
  }

  return (
    <>
      <h1>{t('screening.rules.title')}</h1>
      <p className="tag-line">
        <strong>{t('screening.rules.scope')}:</strong>{' '}
        {isSupervisor
          ? t('screening.rules.local', { name: area.sigungu?.name ?? '' })
          : t('screening.rules.national')}
        {rules.ruleSet && !rules.ruleSet.inherited ? (
          <> · {t('screening.rules.version', { version: rules.ruleSet.version })}</>
        ) : null}
      </p>
      {rules.ruleSet?.inherited ? <p className="access-notice">{t('screening.rules.inherited')}</p> : null}
      {rules.loading || catalogue.loading ? <p role="status">{t('common.loading')}</p> : null}
      {rules.error ? <QueryError error={rules.error} onRetry={rules.retry} /> : null}
      {catalogue.error ? <QueryError error={catalogue.error} onRetry={catalogue.retry} /> : null}

      {draft ? (
        <form className="card form" onSubmit={submit} noValidate aria-label={t('screening.rules.title')}>
          <FormAlert
            summaryRef={form.summaryRef}
            hasErrors={form.errors.length > 0}
            failed={t('screening.rules.failed')}
            others={form.others}
            showPath
          />
          <RuleBasicsFieldset draft={draft} onChange={change} isLocal={isSupervisor} errorsFor={errorsFor} />
          <IndicatorWeightsTable
            kinds={catalogue.kinds}
            indicators={draft.indicators}
            onChange={(indicators) => change({ indicators })}
            errorsFor={errorsFor}
          />
          <HouseholdRulesEditor
            rules={draft.householdRules}
            onChange={(householdRules) => change({ householdRules })}
            kinds={catalogue.kinds}
            errorsFor={errorsFor}
          />
          <div className="form-actions">
            <button type="button" onClick={() => void runPreview()} disabled={previewer.loading}>
              {previewer.loading ? t('screening.rules.previewing') : t('screening.rules.preview')}
            </button>
            <button type="submit" className="primary" disabled={saver.loading}>
              {saver.loading ? t('screening.rules.saving') : t('screening.rules.save')}
            </button>
          </div>
          <div role="status" aria-live="polite" className="status-line">
            {savedVersion !== null ? t('screening.rules.saved', { version: savedVersion }) : null}
          </div>
          {preview ? <RulePreviewSummary preview={preview} /> : null}
        </form>
      ) : null}

      <RuleHistoryTable history={rules.history} />
    </>
  );
}
