import { describe, expect, it } from 'vitest';
import { chooseVocabulary, textCounts } from '../../../lib/language/word-classes/vocabulary';

describe('word-class vocabulary', () => {
  const glove = ['the', 'said', "n't", 'president', 'u.s.', 'year', 'router', 'firmware', 'zanzibar', 'reboot'];

  it('counts each word once per text, lower-cased, letters only', () => {
    const counts = textCounts(['Router down. router again!', 'I rebooted the ROUTER', "can't reboot"]);
    expect(counts.get('router')).toBe(2);
    expect(counts.get('rebooted')).toBe(1);
    expect(counts.get('reboot')).toBe(1);
    expect(counts.get("can't")).toBeUndefined();
  });

  it('takes the top plain words and the domain words seen often enough, in GloVe order', () => {
    const domain = new Map([['router', 3], ['firmware', 1], ['reboot', 2]]);
    expect(chooseVocabulary(glove, domain, { top: 3, minTexts: 2 })).toEqual(['the', 'said', 'president', 'router', 'reboot']);
    expect(chooseVocabulary(glove, domain, { top: 3, minTexts: 1 })).toContain('firmware');
  });

  it('counts the top words among plain words only (no apostrophes or dots)', () => {
    expect(chooseVocabulary(glove, new Map(), { top: 4, minTexts: 1 })).toEqual(['the', 'said', 'president', 'year']);
  });
});
