import { useState, type FormEvent } from 'react';
import { isIsoDate } from '@ieum/domain';
import { useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { TextField } from '../../../components/Fields';
import { QueryState } from '../../../components/QueryState';
import { RecordTable } from '../../../components/RecordTable';
import { formatDate, formatInteger, formatWon, todayInKorea } from '../../../lib/format';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { required } from '../../../lib/use-form-errors';
import { UnverifiedBadge } from '../components/BenefitResultCard';
import { useBenefitParameters, type BenefitParameterRow } from '../hooks/useBenefitParameters';
import { familyLabel } from '../programmes';

type ParameterValue = BenefitParameterRow['inForce'];

/** A parameter's value in its unit: 2,564,238원, 32%, 65세, 2,000cc; text as it is. */
function valueText(t: TFunction, unit: string, value: string, language: string): string {
  const n = Number(value);
  if (value.trim() === '' || Number.isNaN(n)) return value;
  switch (unit) {
    case 'KRW':
      return formatWon(n, language);
    case 'PERCENT':
      return `${value}%`;
    case 'YEARS':
      return t('benefits.parameters.years', { value });
    case 'CC':
      return t('benefits.parameters.cc', { value: formatInteger(n, language) });
    default:
      return value;
  }
}

/** Families in the order the data lists them, each with its parameters by name. */
function byFamily(parameters: readonly BenefitParameterRow[]): [string, BenefitParameterRow[]][] {
  const groups = new Map<string, BenefitParameterRow[]>();
  for (const p of parameters) groups.set(p.family, [...(groups.get(p.family) ?? []), p]);
  return [...groups];
}

/**
 * 급여 기준: every parameter in force on a date, grouped by its file (family), with its value,
 * effective date, legal source, the 미확인 mark where the sources are unsure, and its history.
 */
export function BenefitParametersPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('benefits.parameters.title'));
  const [params, setParams] = useSearchParams();
  const fromUrl = params.get('asOf') ?? '';
  const asOf = isIsoDate(fromUrl) ? fromUrl : todayInKorea();
  const [typed, setTyped] = useState(asOf);
  // A date input gives '' for a date left half typed; the field says so rather than ignoring the click.
  const [isDateMissing, setDateMissing] = useState(false);
  const list = useBenefitParameters(asOf);
  const unverified = list.parameters.filter((p) => p.inForce.unverified).length;

  function submit(event: FormEvent) {
    event.preventDefault();
    setDateMissing(!isIsoDate(typed));
    if (isIsoDate(typed)) setParams(new URLSearchParams({ asOf: typed }));
  }

  return (
    <>
      <h1>{t('benefits.parameters.title')}</h1>
      <p>{t('benefits.parameters.intro')}</p>
      <form className="card form filter-form" onSubmit={submit} noValidate>
        <TextField
          id="parameters-as-of"
          type="date"
          label={t('benefits.parameters.asOf')}
          required
          value={typed}
          onChange={setTyped}
          errors={isDateMissing ? [required('asOf')] : undefined}
        />
        <div className="form-actions">
          <button type="submit" className="primary">
            {t('benefits.parameters.show')}
          </button>
        </div>
      </form>
      <QueryState
        loaded={list.parameters.length > 0 || !list.loading}
        loading={list.loading}
        error={list.error}
        onRetry={list.retry}
        isEmpty={list.parameters.length === 0}
        empty={t('benefits.parameters.empty')}
      >
        <p role="status">
          {t('benefits.parameters.count', { count: list.parameters.length })}
          {unverified ? ` · ${t('benefits.parameters.unverifiedCount', { count: unverified })}` : null}
        </p>
        {byFamily(list.parameters).map(([family, rows]) => (
          // A new date is a new view: no history row stays open from the last one.
          <FamilySection key={`${asOf}-${family}`} family={family} rows={rows} asOf={asOf} />
        ))}
      </QueryState>
    </>
  );
}

function FamilySection({
  family,
  rows,
  asOf,
}: {
  family: string;
  rows: BenefitParameterRow[];
  asOf: string;
}) {
  const { t, i18n } = useTranslation();
  const [openName, setOpenName] = useState<string | null>(null);
  const title = familyLabel(t, family);
  const historyId = (name: string) => `history-${name.replace(/[^\w-]/g, '-')}`;
  return (
    <section aria-labelledby={`family-${family}`} className="parameter-family">
      <h2 id={`family-${family}`}>{title}</h2>
      <RecordTable
        caption={title}
        columns={[
          t('benefits.parameters.columns.name'),
          t('benefits.parameters.columns.value'),
          t('benefits.parameters.columns.effectiveFrom'),
          t('benefits.parameters.columns.source'),
          t('benefits.parameters.columns.history'),
        ]}
        rows={rows}
        rowKey={(p) => p.name}
        cells={(p) => {
          const isOpen = openName === p.name;
          return (
            <>
              <th scope="row">
                {p.description}
                <span className="cell-sub">
                  <code>{p.name}</code>
                </span>
              </th>
              <td>
                {valueText(t, p.unit, p.inForce.value, i18n.language)}
                {p.inForce.unverified ? (
                  <>
                    {' '}
                    <UnverifiedBadge />
                  </>
                ) : null}
              </td>
              <td>{formatDate(p.inForce.effectiveFrom, i18n.language)}</td>
              <td className="note-cell">
                {p.inForce.source}
                {p.inForce.note ? <span className="cell-sub">{p.inForce.note}</span> : null}
              </td>
              <td>
                <button
                  type="button"
                  className="link-button"
                  aria-expanded={isOpen}
                  aria-controls={isOpen ? historyId(p.name) : undefined}
                  onClick={() => setOpenName(isOpen ? null : p.name)}
                >
                  {/* The row's name is read first; the column already shows it to sighted users. */}
                  <span className="visually-hidden">{p.description} </span>
                  {t(isOpen ? 'benefits.parameters.hideHistory' : 'benefits.parameters.showHistory', {
                    count: p.history.length,
                  })}
                </button>
              </td>
            </>
          );
        }}
        expanded={(p) =>
          openName === p.name
            ? { id: historyId(p.name), content: <History parameter={p} asOf={asOf} /> }
            : null
        }
      />
    </section>
  );
}

function History({ parameter, asOf }: { parameter: BenefitParameterRow; asOf: string }) {
  const { t, i18n } = useTranslation();
  const status = (v: ParameterValue) =>
    v.effectiveFrom === parameter.inForce.effectiveFrom
      ? t('benefits.parameters.inForce')
      : v.effectiveFrom > asOf
        ? t('benefits.parameters.future')
        : t('benefits.parameters.past');
  return (
    <RecordTable
      caption={t('benefits.parameters.historyCaption', { name: parameter.description })}
      columns={[
        t('benefits.parameters.columns.effectiveFrom'),
        t('benefits.parameters.columns.value'),
        t('benefits.parameters.status'),
        t('benefits.parameters.columns.source'),
      ]}
      rows={[...parameter.history].reverse()}
      rowKey={(v) => v.effectiveFrom}
      cells={(v) => (
        <>
          <th scope="row">{formatDate(v.effectiveFrom, i18n.language)}</th>
          <td>
            {valueText(t, parameter.unit, v.value, i18n.language)}
            {v.unverified ? (
              <>
                {' '}
                <UnverifiedBadge />
              </>
            ) : null}
          </td>
          <td>{status(v)}</td>
          <td className="note-cell">
            {v.source}
            {v.note ? <span className="cell-sub">{v.note}</span> : null}
          </td>
        </>
      )}
    />
  );
}
