export * from './household-means';
export * from './benefit-household-of';
export * from './decision-record';
