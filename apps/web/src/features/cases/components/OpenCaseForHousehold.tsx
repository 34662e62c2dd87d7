import { useNavigate } from 'react-router-dom';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useHouseholdOpenCase } from '../hooks/useHouseholdOpenCase';
import { useOpenCase } from '../hooks/useOpenCase';
import { OpenCasePanel } from './OpenCasePanel';

/**
 * 사례 열기 for one household (from its page, or from a candidate found needing support): opens the
 * case and goes to it, or links to the case it already has.
 */
export function OpenCaseForHousehold({
  householdId,
  candidateId,
}: {
  householdId: string;
  candidateId?: string;
}) {
  const navigate = useNavigate();
  const openCase = useOpenCase();
  // 사례 열기 has no fields: every error it gets is said in the panel.
  const form = useFormErrors([]);
  // Asked again after a CONFLICT, when someone else opened the case meanwhile.
  const conflict = form.errors.some((e) => e.code === 'CONFLICT');
  const existing = useHouseholdOpenCase(householdId, true, conflict);

  async function onOpen() {
    form.clear();
    const result = await openCase.open({ householdId, ...(candidateId ? { candidateId } : {}) });
    if (result.value) navigate(`/cases/${encodeURIComponent(result.value.id)}`);
    else form.show(result.errors);
  }

  return (
    <OpenCasePanel
      onOpen={() => void onOpen()}
      loading={openCase.loading}
      errors={form.errors}
      openCaseId={existing.openCase?.id}
    />
  );
}
