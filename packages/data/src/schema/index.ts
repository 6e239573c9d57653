export * from './common.js';
export * from './entity.js';
export * from './event.js';
export * from './figure.js';
export * from './partnership.js';
export * from './quote.js';
export * from './source.js';
