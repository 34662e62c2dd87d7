export * from './application-programmes';
export * from './application-state';
export * from './application-submission';
