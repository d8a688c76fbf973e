/*
 * The kinds of legal acts of Kazakhstan the collection holds, as the words used in slugs and
 * URLs (`decree-2015-12`). Their names in each language are in the interface dictionaries
 * (src/i18n/).
 */
export const ACT_TYPES = [
  /** The Constitution of the Republic of Kazakhstan. */
  'constitution',
  /** A constitutional law (конституционный закон), adopted by Parliament under the Constitution. */
  'constitutional-law',
  /** A code (кодекс): a law that orders a whole branch of law. */
  'code',
  /** A law (закон). */
  'law',
  /** A decree of the President (указ). */
  'decree',
  /** A resolution of the Government (постановление Правительства). */
  'government-decree',
  /** A resolution of another body (постановление), e.g. of Parliament or a court. */
  'resolution',
  /** An order of a minister or another head of a central body (приказ). */
  'order',
  /** A decision or resolution of a local body: a maslikhat or an akimat. */
  'local-act',
  /** Any other act. */
  'act',
] as const;

export type ActType = (typeof ACT_TYPES)[number];
