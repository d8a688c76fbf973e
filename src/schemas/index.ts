export * from './position.js';
export * from './language.js';
export * from './diagnostic.js';
export * from './tree.js';
export * from './amendment.js';
export * from './act.js';
export * from './edition.js';
