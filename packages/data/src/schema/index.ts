export * from './common.ts';
export * from './entity.ts';
export * from './event.ts';
export * from './figure.ts';
export * from './partnership.ts';
export * from './quote.ts';
export * from './set-aside.ts';
export * from './source.ts';
