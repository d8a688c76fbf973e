/*
 * Grammar the interface needs: Russian plural forms after a number, Kazakh case endings (which
 * follow vowel harmony and the last sound of the word they attach to).
 */

/**
 * The Russian form of a noun after a number: `one` for 1, 21, 31… (not 11), `few` for 2–4,
 * 22–24… (not 12–14), `many` otherwise: «1 положение», «3 положения», «11 положений».
 */
export function ruPlural(n: number, one: string, few: string, many: string): string {
  const mod10 = n % 10;
  const mod100 = n % 100;
  if (mod10 === 1 && mod100 !== 11) return one;
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return few;
  return many;
}

/** The English form of a noun after a number. */
export function enPlural(n: number, one: string, many: string): string {
  return n === 1 ? one : many;
}

const BACK = 'аоұыуя';
const FRONT = 'әеөүіэю';

/** Whether a Kazakh word takes front-vowel endings (its last vowel is front: ә е ө ү і). */
function front(word: string): boolean {
  const vowels = word.toLowerCase().match(new RegExp(`[${BACK}${FRONT}]`, 'gu')) ?? [];
  const last = vowels[vowels.length - 1] ?? 'а';
  return FRONT.includes(last);
}

type Ending = 'locative-attributive' | 'dative' | 'ablative' | 'locative' | 'accusative' | 'genitive';

/**
 * A Kazakh word (or a phrase, by its last word) with a case ending:
 *  - locative-attributive "of (a date)": 7 қыркүйектегі, 26 желтоқсандағы, 21 шілдедегі;
 *  - dative "until, to": 21 желтоқсанға, 7 қыркүйекке, 2012 жылға;
 *  - ablative "from, since": 7 қыркүйектен, 21 шілдеден, 2012 жылдан;
 *  - locative "in, on": 7 қыркүйекте, 21 шілдеде;
 *  - accusative (a definite object): 33-бапты, 2-тарауды, 5)-тармақшаны, кіріспені;
 *  - genitive "of": 33-баптың, 2-тараудың, кіріспенің.
 * After a voiceless consonant the ending starts voiceless (т-, к-/қ-); after a vowel the
 * ablative takes -дан/-ден and the dative -ға/-ге; after м н ң the ablative takes -нан/-нен.
 */
export function kk(word: string, ending: Ending): string {
  const f = front(word);
  const last = word.slice(-1).toLowerCase();
  const voiceless = 'кқпстфхцчшщ'.includes(last);
  const nasal = 'мнң'.includes(last);
  switch (ending) {
    case 'locative-attributive':
      return `${word}${voiceless ? 'т' : 'д'}${f ? 'егі' : 'ағы'}`;
    case 'locative':
      return `${word}${voiceless ? 'т' : 'д'}${f ? 'е' : 'а'}`;
    case 'ablative':
      return `${word}${voiceless ? 'т' : nasal ? 'н' : 'д'}${f ? 'ен' : 'ан'}`;
    case 'dative':
      return `${word}${voiceless ? (f ? 'к' : 'қ') : f ? 'г' : 'ғ'}${f ? 'е' : 'а'}`;
    case 'accusative':
    case 'genitive': {
      // After a vowel н-, after a voiceless consonant т-, after any other consonant (у and й
      // included) д-.
      const vowel = 'аәеиоөұүыіэюя'.includes(last);
      const start = vowel ? 'н' : voiceless ? 'т' : 'д';
      return `${word}${start}${ending === 'accusative' ? (f ? 'і' : 'ы') : f ? 'ің' : 'ың'}`;
    }
  }
}
