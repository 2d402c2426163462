export * from './calendar';
export * from './status';
export * from './timeline';
export * from './timeline-view';
export * from './view';
