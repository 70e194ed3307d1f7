export * from './elements.js';
export * from './event.js';
export * from './adapter.js';
export * from './errors.js';
