/** The package entry: the data API. Elements register themselves from their define modules. */
export * from './data/index.js';
