
      export type PossibleTypesResultData = {
  "possibleTypes": {
    "UserError": [
      "AccountLockedError",
      "ConsentRequiredError",
      "InputError",
      "InvalidRrnError",
      "InvalidTransitionError",
      "ValidationError"
    ]
  }
};
      const result: PossibleTypesResultData = {
  "possibleTypes": {
    "UserError": [
      "AccountLockedError",
      "ConsentRequiredError",
      "InputError",
      "InvalidRrnError",
      "InvalidTransitionError",
      "ValidationError"
    ]
  }
};
      export default result;
    