// The meter's verdict, from the core's own rule (src/shared/passphrase-strength.ts), so the window
// refuses exactly what the core would. zxcvbn's dictionaries are megabytes: they load on first
// use (their own chunk) rather than with the window; the meter shows "checking" until they arrive.
import { useEffect, useState } from 'react';
import { loadPassphraseEstimator, MIN_PASSPHRASE_LENGTH, type PassphraseEstimator, type StrengthScore } from '../../shared/passphrase-strength';

export { MIN_PASSPHRASE_LENGTH } from '../../shared/passphrase-strength';

export interface PassphraseVerdict {
  score: StrengthScore;
  /** False when the core would refuse the passphrase. */
  strongEnough: boolean;
}

/** Kept once loaded, so a form can judge a passphrase synchronously when it is submitted. */
let loaded: PassphraseEstimator | null = null;
let loadFailed = false;

/** Starts loading the dictionaries (the meter does so on the first keystroke). */
export function preparePassphraseEstimator(): Promise<PassphraseEstimator> {
  return loadPassphraseEstimator().then(
    (ready) => (loaded = ready),
    (error: unknown) => {
      loadFailed = true;
      throw error;
    },
  );
}

function verdictOf(ready: PassphraseEstimator, passphrase: string): PassphraseVerdict {
  const { score } = ready.passphraseStrength(passphrase);
  return { score, strongEnough: ready.weakPassphraseMessage(passphrase) === undefined };
}

/**
 * The verdict now: null while the dictionaries are on their way, 'unknown' if they failed to
 * load (the form then lets the core judge, and shows the core's refusal).
 */
export function passphraseVerdictNow(passphrase: string): PassphraseVerdict | 'unknown' | null {
  if (loaded) return verdictOf(loaded, passphrase);
  return loadFailed ? 'unknown' : null;
}

/** The verdict on `passphrase`, or null while the estimator loads (or for an empty one). */
export function usePassphraseVerdict(passphrase: string): PassphraseVerdict | null {
  const [verdict, setVerdict] = useState<PassphraseVerdict | null>(null);
  useEffect(() => {
    if (passphrase === '') {
      setVerdict(null);
      return;
    }
    let current = true;
    preparePassphraseEstimator()
      .then((ready) => {
        if (current) setVerdict(verdictOf(ready, passphrase));
      })
      .catch(() => {
        // Without the estimator the meter stays silent; the core still judges on submit.
        if (current) setVerdict(null);
      });
    return () => {
      current = false;
    };
  }, [passphrase]);
  return verdict;
}

/** 'checking': the estimator has not arrived yet, so the core's verdict is not known. */
export type PassphraseProblem = 'tooShort' | 'checking' | 'weak' | 'mismatch' | null;

/** Whether a new passphrase and its confirmation can be submitted: null, or why not. */
export function passphraseProblem(passphrase: string, confirmation: string): PassphraseProblem {
  if ([...passphrase].length < MIN_PASSPHRASE_LENGTH) return 'tooShort';
  const verdict = passphraseVerdictNow(passphrase);
  if (verdict === null) return 'checking';
  if (verdict !== 'unknown' && !verdict.strongEnough) return 'weak';
  if (passphrase !== confirmation) return 'mismatch';
  return null;
}

/**
 * The problem once the estimator has loaded: a form submitted while it is still on its way (a
 * fast typist, a busy machine) waits for the verdict instead of ignoring the click.
 */
export async function passphraseProblemWhenReady(passphrase: string, confirmation: string): Promise<PassphraseProblem> {
  if (passphraseProblem(passphrase, confirmation) === 'checking') await preparePassphraseEstimator().catch(() => undefined);
  return passphraseProblem(passphrase, confirmation);
}
