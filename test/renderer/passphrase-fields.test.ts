// The window's passphrase form applies the core's rule (finding 6 of issue 12): what the core
// would refuse cannot be submitted, and the meter's full bars mean the core accepts.
import { describe, expect, it } from 'vitest';
import { checkNewPassphrase } from '../../src/core/vault/key-slots.js';
import { passphraseProblem, passphraseVerdictNow, preparePassphraseEstimator } from '../../src/renderer/vault/passphrase-strength';

function coreAccepts(passphrase: string): boolean {
  try {
    checkNewPassphrase(passphrase);
    return true;
  } catch {
    return false;
  }
}

describe('the passphrase form', () => {
  it('submits nothing before the estimator has loaded, then refuses exactly what the core refuses', async () => {
    expect(passphraseProblem('correct horse battery staple', 'correct horse battery staple')).toBe('checking');
    await preparePassphraseEstimator();
    for (const passphrase of ['aaaaaaaaaaaa', 'password1234', 'qwertyuiop12', 'dossier2026vault', 'bluebird42lake', 'correct horse battery staple', 'violet umbrella quietly sings']) {
      expect(passphraseProblem(passphrase, passphrase) === null, passphrase).toBe(coreAccepts(passphrase));
    }
    expect(passphraseProblem('dossier2026vault', 'dossier2026vault')).toBe('weak');
    expect(passphraseVerdictNow('dossier2026vault')).toEqual({ score: 3, strongEnough: false });
    expect(passphraseVerdictNow('correct horse battery staple')).toEqual({ score: 4, strongEnough: true });
    expect(passphraseProblem('correct horse battery staple', 'correct horse battery stapler')).toBe('mismatch');
    expect(passphraseProblem('too short', 'too short')).toBe('tooShort');
  });
});
