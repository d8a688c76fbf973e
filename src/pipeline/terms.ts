import { visitParents } from 'unist-util-visit-parents';
import type { Act, Provision, TextNode } from '../schemas/tree.js';
import type { Language } from '../schemas/language.js';
import type { DefinedTerm } from '../schemas/edition.js';

/*
 * Defined terms: "(hereinafter referred to as the Council)", "(далее - Совет)",
 * "(бұдан әрі - Кеңес)". The definition is found where the text introduces it; later uses
 * are matched by the term's word forms (Russian and Kazakh inflect: Совета, Кеңестің).
 */

const DEFINITION =
  /\((?:hereinafter(?:\s+referred\s+to\s+as|\s+called|\s+-|\s+–)?|далее\s*[-–—]?|бұдан\s+әрі\s*[-–—]?)\s*(?:the\s+)?["«“]?([^()"«»“”]{2,60}?)["»”]?\)/giu;

/** Finds the defined terms of an edition, each with the provision that defines it. */
export function findDefinedTerms(tree: Act): DefinedTerm[] {
  const terms: DefinedTerm[] = [];
  const seen = new Set<string>();
  visitParents(tree, 'text', (node, ancestors) => {
    const text = (node as TextNode).value;
    if (!text.includes('(')) return;
    DEFINITION.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = DEFINITION.exec(text))) {
      const term = m[1]!.trim();
      if (!/^\p{Lu}/u.test(term) || seen.has(term)) continue;
      seen.add(term);
      const at = m.index + m[0].indexOf(m[1]!);
      terms.push({
        term,
        // Named by the term, so the same term has the same anchor in every edition.
        id: `def-${term.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-')}`,
        eId: ([...ancestors].reverse().find((a) => a.type === 'provision' || a.type === 'preamble') as Provision | undefined)?.eId ?? 'act',
        offset: (node as TextNode).position.start.offset,
        index: at,
      });
    }
  });
  return terms;
}

/** A regular expression for the word forms of a term in a language. */
export function termPattern(term: string, lang: Language): RegExp {
  const words = term.split(/\s+/);
  const head = words[0]!;
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  let headPattern: string;
  if (lang === 'ru') {
    // Russian nouns change their ending: drop a final vowel or soft sign, allow a short ending.
    const stem = head.replace(/[аяоеьйыиу]$/u, '');
    headPattern = `${escape(stem)}\\p{Ll}{0,3}`;
  } else if (lang === 'kk') {
    // Kazakh adds suffixes to the whole word.
    headPattern = `${escape(head)}\\p{Ll}{0,6}`;
  } else {
    headPattern = `${escape(head)}(?:'s)?`;
  }
  const rest = words.slice(1).map(escape).join('\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}-])${headPattern}${rest ? `\\s+${rest}` : ''}(?![\\p{L}\\p{N}])`, 'gu');
}

export interface TermUse {
  from: number;
  to: number;
  term: DefinedTerm;
}

/** Uses of defined terms in a text, skipping English compounds ("Expert Council" is not "the Council"). */
export function findTermUses(text: string, terms: DefinedTerm[], lang: Language): TermUse[] {
  const uses: TermUse[] = [];
  for (const term of terms) {
    const re = termPattern(term.term, lang);
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      if (lang === 'en') {
        const before = text.slice(0, m.index).match(/(\p{L}+)\s+$/u)?.[1];
        if (before && /^\p{Lu}/u.test(before) && before !== 'The' && !/[.!?]\s*\S*\s*$/.test(text.slice(0, m.index - before.length - 1))) continue;
      }
      uses.push({ from: m.index, to: m.index + m[0].length, term });
    }
  }
  // Longest first where matches overlap, then in order.
  uses.sort((a, b) => a.from - b.from || b.to - a.to);
  const out: TermUse[] = [];
  let end = -1;
  for (const u of uses) {
    if (u.from >= end) {
      out.push(u);
      end = u.to;
    }
  }
  return out;
}
