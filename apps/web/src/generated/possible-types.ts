
      export type PossibleTypesResultData = {
  "possibleTypes": {
    "UserError": [
      "AccountLockedError",
      "ApplicationTransitionError",
      "ConsentRequiredError",
      "InputError",
      "InvalidRrnError",
      "InvalidTransitionError",
      "ParameterMissingError",
      "ValidationError"
    ]
  }
};
      const result: PossibleTypesResultData = {
  "possibleTypes": {
    "UserError": [
      "AccountLockedError",
      "ApplicationTransitionError",
      "ConsentRequiredError",
      "InputError",
      "InvalidRrnError",
      "InvalidTransitionError",
      "ParameterMissingError",
      "ValidationError"
    ]
  }
};
      export default result;
    