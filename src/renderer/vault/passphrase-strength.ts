// Passphrase strength from zxcvbn-ts with the common and English dictionaries. The
// dictionaries are megabytes, so they load on first use (their own chunk) rather than with
// the window; the meter shows "checking" until they arrive.
import type { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { useEffect, useState } from 'react';

/** The core refuses shorter passphrases (src/core/vault/key-slots.ts MIN_PASSPHRASE_LENGTH). */
export const MIN_PASSPHRASE_LENGTH = 10;

export type StrengthScore = 0 | 1 | 2 | 3 | 4;

let estimator: Promise<ZxcvbnFactory> | null = null;

function loadEstimator(): Promise<ZxcvbnFactory> {
  estimator ??= Promise.all([import('@zxcvbn-ts/core'), import('@zxcvbn-ts/language-common'), import('@zxcvbn-ts/language-en')]).then(
    ([core, common, english]) =>
      new core.ZxcvbnFactory({
        translations: english.translations,
        graphs: common.adjacencyGraphs,
        dictionary: { ...common.dictionary, ...english.dictionary },
      }),
  );
  return estimator;
}

/** The 0–4 score of `passphrase`, or null while the estimator loads (or for an empty one). */
export function usePassphraseStrength(passphrase: string, userInputs: readonly string[] = []): StrengthScore | null {
  const [score, setScore] = useState<StrengthScore | null>(null);
  // Compared by content: callers pass a fresh array each render.
  const userInputsKey = JSON.stringify(userInputs);
  useEffect(() => {
    if (passphrase === '') {
      setScore(null);
      return;
    }
    let current = true;
    loadEstimator()
      .then((factory) => {
        if (current) setScore(factory.check(passphrase, JSON.parse(userInputsKey) as string[]).score as StrengthScore);
      })
      .catch(() => {
        // Without the estimator the meter stays silent; the length rule below still applies.
        if (current) setScore(null);
      });
    return () => {
      current = false;
    };
  }, [passphrase, userInputsKey]);
  return score;
}
