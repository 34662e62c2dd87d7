import type { Role } from '../../generated/graphql';

// Consent is taken by the public office that holds the household's data (읍면동, 시군구); a private
// agency is its recipient, never its recorder.
export const CONSENT_ROLES: readonly Role[] = ['CASE_WORKER', 'SUPERVISOR'];
