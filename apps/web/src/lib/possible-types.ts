/**
 * The concrete types behind each interface the documents spread fragments on. Apollo's cache
 * needs them to match `...UserErrorFields` (on the UserError interface) against an InputError;
 * without them the fragment's fields read as missing. possible-types.test.ts checks this list
 * against the checked-in SDL.
 */
export const POSSIBLE_TYPES: Record<string, string[]> = {
  UserError: [
    'AccountLockedError',
    'ConsentRequiredError',
    'InputError',
    'InvalidRrnError',
    'InvalidTransitionError',
    'ValidationError',
  ],
};
