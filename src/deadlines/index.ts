export * from './calendar';
export * from './status';
export * from './view';
