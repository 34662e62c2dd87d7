export * from './membership-rules';
export * from './guidance';
