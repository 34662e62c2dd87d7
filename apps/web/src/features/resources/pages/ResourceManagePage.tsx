import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/FormAlert';
import { TextField } from '../../../components/Fields';
import { QueryError } from '../../../components/QueryError';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useSession } from '../../auth/current-user';
import { ResourceFacts } from '../components/ResourceFacts';
import { ResourceForm } from '../components/ResourceForm';
import { useDirectoryResource } from '../hooks/useDirectory';
import { useResourceForEdit, useResourceMutations } from '../hooks/useManagedResources';

/** A new entry of my agency's: the form, then its own page. */
export function NewResourcePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const mutations = useResourceMutations();
  useDocumentTitle(t('resources.form.newTitle'));
  return (
    <>
      <p className="breadcrumb">
        <Link to="/resources">{t('resources.back')}</Link>
      </p>
      <h1>{t('resources.form.newTitle')}</h1>
      <ResourceForm
        loading={mutations.loading}
        onSave={mutations.create}
        onSaved={(id) => navigate(`/resources/${id}`, { state: { saved: true } })}
      />
    </>
  );
}

/**
 * One resource inside the app: what residents see, and for its own agency (or an administrator)
 * 정보 확인 (verify), the places free, and the edit form.
 */
export function ResourceManagePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { user } = useSession();
  const view = useDirectoryResource(id);
  const r = view.resource;
  const owns = Boolean(r && (r.agency.id === user.agency.id || user.role === 'ADMIN'));
  const edit = useResourceForEdit(owns ? id : undefined);
  const mutations = useResourceMutations();
  const [editing, setEditing] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  useDocumentTitle(r?.name ?? t('resources.title'));

  async function verify() {
    const result = await mutations.verify(id);
    setStatus(result.value ? t('resources.verified') : t('resources.verifyFailed'));
    if (result.value) view.retry();
  }

  return (
    <>
      <p className="breadcrumb">
        <Link to="/resources">{t('resources.back')}</Link>
      </p>
      <h1>{r?.name ?? t('resources.title')}</h1>
      {view.loading && !r ? <p role="status">{t('common.loading')}</p> : null}
      {view.error ? <QueryError error={view.error} onRetry={view.retry} /> : null}
      {!view.loading && !view.error && !r ? <p role="alert">{t('directory.notFound')}</p> : null}
      {r ? (
        <>
          {edit.resource ? (
            <p>{t('resources.statusIs', { status: t(`resources.status.${edit.resource.status}`) })}</p>
          ) : null}
          <p>{r.description}</p>
          <ResourceFacts resource={r} />
        </>
      ) : null}
      {owns && edit.resource ? (
        <section aria-labelledby="resource-manage" className="card">
          <h2 id="resource-manage">{t('resources.manage')}</h2>
          <div className="form-actions">
            <button
              type="button"
              className="primary"
              onClick={() => void verify()}
              disabled={mutations.loading}
            >
              {t('resources.verify')}
            </button>
            <button
              type="button"
              className="secondary"
              aria-expanded={editing}
              onClick={() => setEditing((e) => !e)}
            >
              {t(editing ? 'resources.closeEdit' : 'resources.edit')}
            </button>
          </div>
          <p role="status" className="status-line">
            {status}
          </p>
          {edit.resource.capacityTotal !== null && edit.resource.capacityTotal !== undefined ? (
            <CapacityForm
              key={`${edit.resource.capacityTotal}-${edit.resource.capacityAvailable}`}
              resourceId={id}
              total={edit.resource.capacityTotal}
              available={edit.resource.capacityAvailable ?? 0}
              loading={mutations.loading}
              onSave={mutations.setCapacity}
              onSaved={view.retry}
            />
          ) : null}
          {editing ? (
            <ResourceForm
              resource={edit.resource}
              loading={mutations.loading}
              onSave={(input) => mutations.update({ ...input, resourceId: id })}
              onSaved={() => {
                setEditing(false);
                setStatus(t('resources.saved'));
                view.retry();
              }}
            />
          ) : null}
        </section>
      ) : null}
    </>
  );
}

function CapacityForm({
  resourceId,
  total,
  available,
  loading,
  onSave,
  onSaved,
}: {
  resourceId: string;
  total: number;
  available: number;
  loading: boolean;
  onSave: ReturnType<typeof useResourceMutations>['setCapacity'];
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const [v, setV] = useState({ total: String(total), available: String(available) });
  const [done, setDone] = useState<string | null>(null);
  const form = useFormErrors(['capacityTotal', 'capacityAvailable']);
  async function submit(event: FormEvent) {
    event.preventDefault();
    form.clear();
    const result = await onSave({
      resourceId,
      capacityTotal: Number(v.total),
      capacityAvailable: Number(v.available),
    });
    if (result.value) {
      setDone(t('resources.capacity.saved'));
      onSaved();
    } else form.show(result.errors);
  }
  return (
    <form className="form" onSubmit={submit} noValidate aria-labelledby="capacity-title">
      <h3 id="capacity-title">{t('resources.capacity.title')}</h3>
      <FormAlert
        summaryRef={form.summaryRef}
        hasErrors={form.errors.length > 0}
        failed={t('resources.capacity.failed')}
        others={form.others}
      />
      <TextField
        id="capacity-total"
        className="field-narrow"
        inputMode="numeric"
        label={t('resources.capacity.total')}
        value={v.total}
        onChange={(total) => setV((s) => ({ ...s, total }))}
        errors={form.field('capacityTotal')}
      />
      <TextField
        id="capacity-available"
        className="field-narrow"
        inputMode="numeric"
        label={t('resources.capacity.available')}
        value={v.available}
        onChange={(available) => setV((s) => ({ ...s, available }))}
        errors={form.field('capacityAvailable')}
      />
      <div className="form-actions">
        <button type="submit" className="secondary" disabled={loading}>
          {t('resources.capacity.submit')}
        </button>
      </div>
      <p role="status" className="status-line">
        {done}
      </p>
    </form>
  );
}
