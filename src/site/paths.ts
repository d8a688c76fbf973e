import type { Language } from '../schemas/language.js';

/** The URL scheme (PRODUCT.md): part of the product, kept stable. */
export const actPath = (act: string) => `/acts/${act}/`;
export const textPath = (act: string, lang: Language) => `/acts/${act}/${lang}/`;
export const versionPath = (act: string, lang: Language, date: string) => `/acts/${act}/${lang}/${date}/`;
export const comparePath = (act: string, lang: Language, from: string, to: string) => `/acts/${act}/${lang}/compare/${from}/${to}/`;
export const historyPath = (act: string) => `/acts/${act}/history/`;
export const orgPath = (act: string) => `/acts/${act}/org/`;
