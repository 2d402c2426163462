export * from './hostname';
export * from './migration';
export * from './schema';
export * from './settings-file';
export * from './storage-layout';
