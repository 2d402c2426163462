export * from './hostname';
export * from './load';
export * from './migration';
export * from './schema';
export * from './settings-file';
export * from './storage-layout';
