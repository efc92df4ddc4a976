// The one passphrase rule, shared by the core (which refuses a weak passphrase) and the window
// (whose meter shows the same verdict before the core is asked). The estimator is zxcvbn-ts with
// its common and English dictionaries; those are megabytes, so each side loads them on first use
// (the window with import(), the core with require, see src/core/vault/passphrase-rule.ts) and
// hands them to passphraseEstimator() once.
import type * as ZxcvbnCore from '@zxcvbn-ts/core';
import type * as ZxcvbnCommon from '@zxcvbn-ts/language-common';
import type * as ZxcvbnEnglish from '@zxcvbn-ts/language-en';

/** Counted in characters (code points), not UTF-16 units. */
export const MIN_PASSPHRASE_LENGTH = 10;

/**
 * zxcvbn's score 4: at least 10^10 guesses. vault.json is what a seized laptop gives away, and it
 * can be attacked offline for as long as anyone likes. Each guess costs one Argon2id run (128 MiB,
 * 3 passes: about 0.25 s on our 2-core reference machine, and still memory-bound on a GPU, a few
 * thousand guesses a second at best), so 10^8 guesses (score 3) fall to one GPU within a day,
 * 10^10 take it months. Score 3 has a second flaw: zxcvbn adds 10^4 guesses per extra piece, so
 * any three easy pieces ("dossier" + "2026" + "vault") reach 10^8 by their count alone.
 */
export const MIN_PASSPHRASE_SCORE = 4;

/**
 * Words an attacker would try first against any Dossier vault, whoever owns it. zxcvbn ranks
 * them as the most likely dictionary words, so "dossier2026vault" counts as weak.
 */
export const DOSSIER_CONTEXT_WORDS: readonly string[] = ['dossier', 'vault', 'passphrase', 'password', 'recovery', 'evidence', 'exhibit'];

export type StrengthScore = 0 | 1 | 2 | 3 | 4;

export interface PassphraseStrength {
  score: StrengthScore;
  guessesLog10: number;
  /** zxcvbn's English advice: what makes it guessable, and what to change. */
  feedback: { warning: string | null; suggestions: string[] };
}

export interface PassphraseEstimator {
  passphraseStrength(text: string): PassphraseStrength;
  /** Why the core would refuse `text` and how to make it stronger; undefined when it is accepted. */
  weakPassphraseMessage(text: string): string | undefined;
}

export interface ZxcvbnPackages {
  core: typeof ZxcvbnCore;
  common: typeof ZxcvbnCommon;
  english: typeof ZxcvbnEnglish;
}

const STRONGER =
  'Add another word or two; a sentence of four or more uncommon words is strong and easy to remember.';

/** The length rule alone, which needs no dictionary: callers check it before loading zxcvbn. */
export function tooShortPassphraseMessage(text: string): string | undefined {
  const length = [...text].length;
  if (length >= MIN_PASSPHRASE_LENGTH) return undefined;
  return `The passphrase is too short: it has ${length} of at least ${MIN_PASSPHRASE_LENGTH} characters. ${STRONGER}`;
}

export function passphraseEstimator({ core, common, english }: ZxcvbnPackages): PassphraseEstimator {
  const factory = new core.ZxcvbnFactory({
    translations: english.translations,
    graphs: common.adjacencyGraphs,
    dictionary: { ...common.dictionary, ...english.dictionary },
  });

  function passphraseStrength(text: string): PassphraseStrength {
    const result = factory.check(text, [...DOSSIER_CONTEXT_WORDS]);
    return {
      score: result.score,
      guessesLog10: result.guessesLog10,
      feedback: { warning: result.feedback.warning, suggestions: [...result.feedback.suggestions] },
    };
  }

  function weakPassphraseMessage(text: string): string | undefined {
    const tooShort = tooShortPassphraseMessage(text);
    if (tooShort) return tooShort;
    const { score, feedback } = passphraseStrength(text);
    if (score >= MIN_PASSPHRASE_SCORE) return undefined;
    // zxcvbn's warning names the pattern it found ("Repeated characters like "aaa" are easy to guess.").
    const why = feedback.warning ? ` ${feedback.warning}` : '';
    return `The passphrase is too easy to guess.${why} ${STRONGER}`;
  }

  return { passphraseStrength, weakPassphraseMessage };
}

let loading: Promise<PassphraseEstimator> | undefined;

/** For the window: the dictionaries arrive as their own chunk the first time this is called. */
export function loadPassphraseEstimator(): Promise<PassphraseEstimator> {
  loading ??= Promise.all([import('@zxcvbn-ts/core'), import('@zxcvbn-ts/language-common'), import('@zxcvbn-ts/language-en')]).then(
    ([core, common, english]) => passphraseEstimator({ core, common, english }),
  );
  // A failed load is not remembered, so the next call tries again.
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
