import { describe, expect, it } from 'vitest';
import { unitsOf } from '../../src/versioning/units.js';
import { sameWording } from '../../src/versioning/units.js';
import { periodOn } from '../../src/versioning/timeline.js';
import { contentLibrary } from './library.js';

/*
 * The law in time on the real collection: the Constitution, whose 2022 changes were made by a
 * law adopted by referendum, cited in the notes by its date alone, and whose editions of 2011
 * and 2022 are the nearest on either side of its versions of 2017 and 2019.
 */

describe('the Constitution between its editions of 2011 and 2022', async () => {
  const library = await contentLibrary();
  const act = library.acts.get('constitution-1995')!;
  const timeline = library.timeline('constitution-1995');

  it('has a version for the law cited without a number, in force on the day the notes state', () => {
    const version = timeline.versions.find((v) => v.changes.some((c) => c.by.slug === 'law-2022-06-08'));
    expect(version).toMatchObject({ date: '2022-06-08', exact: true });
    expect(library.acts.get('law-2022-06-08')).toMatchObject({ kind: 'law', number: '', date: '2022-06-08', inCollection: false });
  });

  it.each(['ru', 'kk'] as const)('shows no wording of 2022 on 23 March 2019 where it changed after that day (%s)', (lang) => {
    const [early, late] = [`constitution-1995/${lang}/2011-02-02`, `constitution-1995/${lang}/2022-09-17`].map((id) => new Map(library.editions.get(id)!.units.map((u) => [u.eId, u])));
    // Units the 2022 edition words differently from the 2011 one, changed after 23 March 2019
    // (a change of 2017 is in both the 2019 and the 2022 text).
    const byId = new Map(timeline.units.map((u) => [u.eId, u]));
    const changed = [...late!.values()].filter((u) => {
      if (early!.has(u.eId) && sameWording(early!.get(u.eId)!.wording, u.wording)) return false;
      const unit = byId.get(u.eId)!;
      return periodOn(unit, lang, '2019-03-23') !== periodOn(unit, lang, '2022-09-17');
    });
    expect(changed.length).toBeGreaterThan(20);
    const doc = library.version(act, lang, '2019-03-23');
    const shown = new Map(unitsOf(doc.tree).map((u) => [u.eId, u]));
    for (const u of changed) {
      const s = shown.get(u.eId);
      if (s && !doc.missing.includes(u.eId)) expect(sameWording(s.wording, u.wording), u.eId).toBe(false);
    }
    // Articles the 2022 law added are not in the text of 2019.
    expect(shown.has('art_83-1')).toBe(false);
  });
});

describe('an appendix reworded as a whole by a later act', async () => {
  const library = await contentLibrary();
  const act = library.acts.get('government-decree-2020-612')!;
  const timeline = library.timeline(act.slug);
  // The decree is in the collection in its 2021 edition only; notes under two appendices' titles
  // say a resolution of 2021 reworded and amended them.
  const wholes = timeline.changes.filter((c) => c.scope === 'subtree' && /^att_\d+$/.test(c.unit ?? ''));

  it('is a change of every unit in it', () => {
    expect(wholes.map((c) => [c.unit, c.action])).toEqual([
      ['att_3', 'reworded'],
      ['att_4', 'amended'],
    ]);
  });

  it.each(['ru', 'kk'] as const)('shows none of its later wording on the decree\'s first day (%s)', (lang) => {
    const doc = library.version(act, lang, act.date);
    const inside = timeline.units.filter((u) => wholes.some((c) => u.eId.startsWith(`${c.unit}__`))).map((u) => u.eId);
    expect(inside.length).toBeGreaterThan(5);
    for (const eId of inside) expect(doc.missing, eId).toContain(eId);
    const later = library.version(act, lang, timeline.versions.at(-1)!.date);
    for (const eId of inside) expect(later.missing, eId).not.toContain(eId);
  });
});

describe('the title of an appendix reworded as a whole', async () => {
  const library = await contentLibrary();
  const act = library.acts.get('government-decree-2020-612')!;
  const { toPlainText } = await import('../../src/data/text.js');
  const { words } = await import('../../src/model/text.js');
  const titleOf = (doc: ReturnType<typeof library.version>, eId: string) => {
    const att = doc.tree.children.find((c) => c.type === 'attachment' && c.eId === eId);
    const heading = att && 'children' in att ? (att.children as Array<{ type: string }>).find((c) => c.type === 'heading') : undefined;
    return heading ? words(heading as Parameters<typeof words>[0]) : undefined;
  };

  it.each(['ru', 'kk'] as const)('is not shown before the change, and is after it (%s)', (lang) => {
    const first = library.version(act, lang, act.date);
    const last = library.version(act, lang, library.timeline(act.slug).versions.at(-1)!.date);
    expect(first.missing).toEqual(expect.arrayContaining(['att_3', 'att_4']));
    expect(titleOf(first, 'att_3')).toBe('');
    expect(titleOf(last, 'att_3')!.length).toBeGreaterThan(10);
    // The plain text says so in place of the title (the title's words may be quoted elsewhere).
    const count = (text: string, words: string) => text.split(words).length - 1;
    expect(count(toPlainText(first), titleOf(last, 'att_3')!)).toBe(count(toPlainText(last), titleOf(last, 'att_3')!) - 1);
    // An appendix no note says was changed as a whole keeps its title.
    expect(first.missing).not.toContain('att_1');
    expect(titleOf(first, 'att_1')).toBe(titleOf(last, 'att_1'));
    expect(first.unknown.find((u) => u.eId === 'att_3')!.changedBy.map((c) => c.by.slug)).toEqual(['government-decree-2021-173']);
  });
});
