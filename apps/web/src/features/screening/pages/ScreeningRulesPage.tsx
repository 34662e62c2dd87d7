import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError } from '../../../components/FieldError';
import { QueryError } from '../../../components/QueryError';
import { errorsByField, type PayloadError } from '../../../lib/errors';
import { formatDateTime } from '../../../lib/format';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useErrorText } from '../../../lib/use-error-text';
import { can, useSession } from '../../auth/current-user';
import { useIndicatorCatalogue } from '../../indicators/hooks/useIndicatorCatalogue';
import { HouseholdRulesEditor } from '../components/HouseholdRulesEditor';
import { useCallerArea } from '../hooks/useCallerArea';
import { usePreviewScreeningRules, type ScreeningPreview } from '../hooks/usePreviewScreeningRules';
import { useSaveScreeningRules } from '../hooks/useSaveScreeningRules';
import { useScreeningRules } from '../hooks/useScreeningRules';
import { documentFromDraft, draftFromDocument, type IndicatorDraft, type RuleDraft } from '../rule-document';

const BASICS = ['lookbackDays', 'halfLifeDays', 'minScore', 'quota'] as const;
const EMPTY_INDICATOR: IndicatorDraft = { weight: '', perUnit: false, maxUnits: '' };

/** Whether the editor shows an error with this key (path without 'input') beside a field. */
function isBesideField(key: string, draft: RuleDraft, kindCodes: ReadonlySet<string>): boolean {
  const parts = key.split('.');
  if (parts[0] !== 'document') return false;
  if (parts.length === 2) return (BASICS as readonly string[]).includes(parts[1]);
  if (parts[1] === 'indicators') return kindCodes.has(parts[2]) && parts.length <= 4;
  if (parts[1] === 'householdRules') return Number(parts[2]) < draft.householdRules.length;
  return false;
}

/**
 * 발굴 기준 editor. A 시군구 supervisor edits their 시군구's rules (starting from those in force,
 * possibly the national default); an analyst edits the national default.
 */
export function ScreeningRulesPage() {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const { user } = useSession();
  const area = useCallerArea();
  const isSupervisor = can(user, 'EDIT_LOCAL_RULES');
  const regionCode = isSupervisor ? (area.sigungu?.code ?? null) : null;
  const isScopeKnown = !isSupervisor || Boolean(area.sigungu);
  const rules = useScreeningRules(regionCode, isScopeKnown);
  const catalogue = useIndicatorCatalogue();
  const previewer = usePreviewScreeningRules();
  const saver = useSaveScreeningRules();
  useDocumentTitle(t('screening.rules.title'));

  const [draft, setDraft] = useState<RuleDraft | null>(null);
  const [errors, setErrors] = useState<PayloadError[]>([]);
  const [preview, setPreview] = useState<ScreeningPreview | null>(null);
  const [savedVersion, setSavedVersion] = useState<number | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);

  // Start from the rules in force once they arrive (and again for another scope).
  // (Set while rendering, as React advises for state that follows a prop, rather than in an effect.)
  const [loadedId, setLoadedId] = useState<string | undefined>(undefined);
  if (rules.ruleSet && rules.ruleSet.id !== loadedId) {
    setLoadedId(rules.ruleSet.id);
    setDraft(draftFromDocument(rules.ruleSet.document as Record<string, unknown>));
  }

  const isKorean = (i18n.resolvedLanguage ?? i18n.language) === 'ko';
  const kinds = catalogue.kinds.map((k) => ({
    code: k.code,
    name: isKorean ? k.nameKo : k.nameEn,
    group: isKorean ? k.groupNameKo : k.groupNameEn,
  }));
  const kindCodes = new Set(kinds.map((k) => k.code));

  const scopeName = isSupervisor
    ? t('screening.rules.local', { name: area.sigungu?.name ?? '' })
    : t('screening.rules.national');
  const byField = errorsByField(errors);
  const errorsFor = (key: string) => byField.get(`document.${key}`);
  const summaryErrors = draft
    ? [...byField].filter(([key]) => !isBesideField(key, draft, kindCodes)).flatMap(([, list]) => list)
    : [];

  function updateIndicator(code: string, change: Partial<IndicatorDraft>) {
    setDraft((d) =>
      d
        ? {
            ...d,
            indicators: {
              ...d.indicators,
              [code]: { ...(d.indicators[code] ?? EMPTY_INDICATOR), ...change },
            },
          }
        : d,
    );
  }

  function showErrors(list: PayloadError[]) {
    setErrors(list);
    requestAnimationFrame(() => summaryRef.current?.focus());
  }

  async function runPreview() {
    if (!draft) return;
    setSavedVersion(null);
    setErrors([]);
    const result = await previewer.preview(regionCode, documentFromDraft(draft));
    if (result.preview) setPreview(result.preview);
    else {
      setPreview(null);
      showErrors(result.errors);
    }
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!draft) return;
    setSavedVersion(null);
    setErrors([]);
    const result = await saver.save(regionCode, documentFromDraft(draft));
    if (result.version !== undefined) setSavedVersion(result.version);
    else showErrors(result.errors);
  }

  const numberField = (name: (typeof BASICS)[number], hint: string, step: string) => {
    const fieldErrors = errorsFor(name);
    const id = `rules-${name}`;
    return (
      <div className="field" key={name}>
        <label htmlFor={id}>{t(`screening.rules.${name}`)}</label>
        <input
          id={id}
          type="number"
          min={0}
          step={step}
          value={draft?.[name] ?? ''}
          onChange={(e) => setDraft((d) => (d ? { ...d, [name]: e.target.value } : d))}
          aria-invalid={fieldErrors ? true : undefined}
          aria-describedby={`${id}-hint${fieldErrors ? ` ${id}-error` : ''}`}
        />
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
        <FieldError id={`${id}-error`} errors={fieldErrors} />
      </div>
    );
  };

  return (
    <>
      <h1>{t('screening.rules.title')}</h1>
      <p className="tag-line">
        <strong>{t('screening.rules.scope')}:</strong> {scopeName}
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
          <div
            ref={summaryRef}
            tabIndex={-1}
            role="alert"
            className={errors.length ? 'alert alert-error' : undefined}
          >
            {errors.length ? (
              <>
                <p>{t('screening.rules.failed')}</p>
                {summaryErrors.map((e, i) => (
                  <p key={`${e.code}-${i}`}>
                    <span aria-hidden="true">⚠ </span>
                    {errorText(e)}
                    {e.path ? <code> ({e.path.filter((p) => p !== 'input').join('.')})</code> : null}
                  </p>
                ))}
              </>
            ) : null}
          </div>

          <fieldset className="basics">
            <legend>{t('screening.rules.basics')}</legend>
            {numberField('lookbackDays', t('screening.rules.lookbackDaysHint'), '1')}
            {numberField('halfLifeDays', t('screening.rules.halfLifeDaysHint'), '1')}
            {numberField('minScore', t('screening.rules.minScoreHint'), 'any')}
            {numberField(
              'quota',
              isSupervisor ? t('screening.rules.quotaHintLocal') : t('screening.rules.quotaHintNational'),
              '1',
            )}
          </fieldset>

          <div className="table-wrap">
            <table className="weights">
              <caption>{t('screening.rules.indicatorsCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('screening.rules.kind')}</th>
                  <th scope="col">{t('screening.rules.weight')}</th>
                  <th scope="col">{t('screening.rules.perUnit')}</th>
                  <th scope="col">{t('screening.rules.maxUnits')}</th>
                </tr>
              </thead>
              <tbody>
                {kinds.map((kind) => {
                  const rule = draft.indicators[kind.code] ?? EMPTY_INDICATOR;
                  const base = `indicators.${kind.code}`;
                  const weightErrors = [...(errorsFor(base) ?? []), ...(errorsFor(`${base}.weight`) ?? [])];
                  const perUnitErrors = errorsFor(`${base}.perUnit`);
                  const maxErrors = errorsFor(`${base}.maxUnits`);
                  const id = `weight-${kind.code}`;
                  return (
                    <tr key={kind.code}>
                      <th scope="row">
                        {kind.name} <span className="hint">({kind.group})</span>
                      </th>
                      <td>
                        <input
                          id={id}
                          type="number"
                          min={0}
                          step="any"
                          className="narrow"
                          value={rule.weight}
                          onChange={(e) => updateIndicator(kind.code, { weight: e.target.value })}
                          aria-label={t('screening.rules.weightOf', { name: kind.name })}
                          aria-invalid={weightErrors.length ? true : undefined}
                          aria-describedby={weightErrors.length ? `${id}-error` : undefined}
                        />
                        <FieldError
                          id={`${id}-error`}
                          errors={weightErrors.length ? weightErrors : undefined}
                        />
                      </td>
                      <td>
                        <input
                          type="checkbox"
                          className="table-checkbox"
                          checked={rule.perUnit}
                          onChange={(e) => updateIndicator(kind.code, { perUnit: e.target.checked })}
                          aria-label={t('screening.rules.perUnitOf', { name: kind.name })}
                          aria-invalid={perUnitErrors ? true : undefined}
                          aria-describedby={perUnitErrors ? `${id}-per-unit-error` : undefined}
                        />
                        <FieldError id={`${id}-per-unit-error`} errors={perUnitErrors} />
                      </td>
                      <td>
                        <input
                          type="number"
                          min={0}
                          step="any"
                          className="narrow"
                          value={rule.maxUnits}
                          disabled={!rule.perUnit}
                          onChange={(e) => updateIndicator(kind.code, { maxUnits: e.target.value })}
                          aria-label={t('screening.rules.maxUnitsOf', { name: kind.name })}
                          aria-invalid={maxErrors ? true : undefined}
                          aria-describedby={maxErrors ? `${id}-max-error` : undefined}
                        />
                        <FieldError id={`${id}-max-error`} errors={maxErrors} />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>

          <HouseholdRulesEditor
            rules={draft.householdRules}
            onChange={(householdRules) => setDraft((d) => (d ? { ...d, householdRules } : d))}
            kinds={kinds}
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
          {preview ? (
            <section aria-labelledby="preview-title" className="preview">
              <h2 id="preview-title">{t('screening.rules.previewTitle')}</h2>
              <dl className="facts">
                <div>
                  <dt>{t('screening.rules.householdsScored')}</dt>
                  <dd>{t('screening.rules.households', { count: preview.householdsScored })}</dd>
                </div>
                <div>
                  <dt>{t('screening.rules.eligible')}</dt>
                  <dd>{t('screening.rules.households', { count: preview.eligible })}</dd>
                </div>
                <div>
                  <dt>{t('screening.rules.picked')}</dt>
                  <dd>
                    {t('screening.rules.pickedSplit', {
                      picked: t('screening.rules.households', { count: preview.picked }),
                      national: preview.pickedNational,
                      local: preview.pickedLocal,
                    })}
                  </dd>
                </div>
              </dl>
            </section>
          ) : null}
        </form>
      ) : null}

      <section aria-labelledby="history-title">
        <h2 id="history-title">{t('screening.rules.historyTitle')}</h2>
        {rules.history.length === 0 ? (
          <p>{t('screening.rules.noHistory')}</p>
        ) : (
          <div className="table-wrap">
            <table>
              <caption>{t('screening.rules.historyCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col" className="numeric">
                    {t('screening.rules.historyVersion')}
                  </th>
                  <th scope="col">{t('screening.rules.historyCreatedAt')}</th>
                </tr>
              </thead>
              <tbody>
                {rules.history.map((version) => (
                  <tr key={version.id}>
                    <th scope="row" className="numeric">
                      {version.version}
                    </th>
                    <td>{formatDateTime(version.createdAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
