export * from './reverification';
