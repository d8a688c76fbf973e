/** One URL of each page type, for checks that run on every page type. */
export const PAGE_TYPES: Record<string, string> = {
  home: '/',
  acts: '/acts/',
  'act (default language)': '/acts/decree-2011-149/',
  'act text (en)': '/acts/decree-2011-149/en/',
  'act text (ru)': '/acts/decree-2011-149/ru/',
  'act text (kk)': '/acts/decree-2011-149/kk/',
  'act version': '/acts/decree-2011-149/ru/2011-09-07/',
  'law text': '/acts/law-2008-70-iv/ru/',
  'amending act in the collection': '/acts/decree-2024-747/',
  'amending act known by reference': '/acts/decree-2012-450/',
  history: '/acts/decree-2011-149/history/',
  guides: '/guides/',
  'guide: sources': '/guides/sources/',
  'guide: amendment history': '/guides/amendment-history/',
  search: '/search/',
  'not found': '/404.html',
};
