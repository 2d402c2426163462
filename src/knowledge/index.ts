/** The knowledge pack: its format (`schema.ts`) and its checker (`validate.ts`). */
export * from './schema';
export * from './validate';
