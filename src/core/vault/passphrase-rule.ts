// The core's side of the shared passphrase rule (src/shared/passphrase-strength.ts). Checking a
// new passphrase is synchronous, yet zxcvbn's dictionaries take about a second to load and build,
// which no other command should pay for: so they are required here on the first check, not
// imported with the module.
import { createRequire } from 'node:module';
import { passphraseEstimator, tooShortPassphraseMessage, type PassphraseEstimator, type ZxcvbnPackages } from '../../shared/passphrase-strength.js';

// Not named `require`: the main build declares its own `require` at the top of the bundle.
const requirePackage = createRequire(import.meta.url);
let estimator: PassphraseEstimator | undefined;

function loadedEstimator(): PassphraseEstimator {
  estimator ??= passphraseEstimator({
    core: requirePackage('@zxcvbn-ts/core') as ZxcvbnPackages['core'],
    common: requirePackage('@zxcvbn-ts/language-common') as ZxcvbnPackages['common'],
    english: requirePackage('@zxcvbn-ts/language-en') as ZxcvbnPackages['english'],
  });
  return estimator;
}

/** Why a new passphrase is refused, in a sentence that says how to make it stronger; undefined if it is accepted. */
export function weakPassphraseMessage(passphrase: string): string | undefined {
  return tooShortPassphraseMessage(passphrase) ?? loadedEstimator().weakPassphraseMessage(passphrase);
}
