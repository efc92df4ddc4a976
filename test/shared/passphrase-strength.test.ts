// Finding 6 of issue 12: a passphrase was protected by its length alone. The core now refuses what
// zxcvbn (the same estimator as the window's meter) finds easy to guess, with a sentence that says
// how to make it stronger, wherever a passphrase is set: a new vault and a changed passphrase.
import { describe, expect, it } from 'vitest';
import { createHeader, rewrapPassphrase } from '../../src/core/vault/key-slots.js';
import { weakPassphraseMessage } from '../../src/core/vault/passphrase-rule.js';
import { loadPassphraseEstimator, MIN_PASSPHRASE_SCORE } from '../../src/shared/passphrase-strength.js';

/** Argon2's cost is beside the point here; the schema's floor keeps the test quick. */
const CHEAP_ARGON2 = { memoryKiB: 64 * 1024, iterations: 1, parallelism: 1 };
const STRONGER = 'Add another word or two; a sentence of four or more uncommon words is strong and easy to remember.';

/** Ten characters or more, so only the guess estimate can refuse them. */
const WEAK = ['aaaaaaaaaaaa', 'password1234', 'qwertyuiop12', 'dossier2026vault', 'mydossiervault', 'P@ssw0rd2026!', 'sunshine2019!'];
const STRONG = ['correct horse battery staple', 'violet umbrella quietly sings', 'Tr0ub4dor&3 by the river'];

describe('the passphrase rule', () => {
  it.each(WEAK)('refuses %j for a new vault, saying why and how to make it stronger', async (passphrase) => {
    const refusal = createHeader(passphrase, CHEAP_ARGON2);
    await expect(refusal).rejects.toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining(STRONGER) as unknown });
    await expect(refusal).rejects.toThrow(/^The passphrase is too easy to guess\./);
  });

  it('names the pattern that makes it guessable', () => {
    expect(weakPassphraseMessage('aaaaaaaaaaaa')).toContain('Repeated characters like "aaa" are easy to guess.');
    expect(weakPassphraseMessage('password1234')).toContain('This is similar to a commonly used password.');
  });

  it('still refuses a short passphrase by its length, with the same advice', async () => {
    await expect(createHeader('Zq8#vP!', CHEAP_ARGON2)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: `The passphrase is too short: it has 7 of at least 10 characters. ${STRONGER}`,
    });
  });

  it('refuses a weak new passphrase when it is changed, and accepts a strong one', async () => {
    const { header, vaultKey } = await createHeader(STRONG[0]!, CHEAP_ARGON2);
    await expect(rewrapPassphrase(header, vaultKey, 'qwertyuiop12', CHEAP_ARGON2)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    const changed = await rewrapPassphrase(header, vaultKey, STRONG[1]!, CHEAP_ARGON2);
    expect(changed.slots.map((slot) => slot.type)).toEqual(['passphrase', 'recovery']);
  });

  it.each(STRONG)('accepts %j', async (passphrase) => {
    const { header } = await createHeader(passphrase, CHEAP_ARGON2);
    expect(header.slots).toHaveLength(2);
  });

  it("gives the window's meter the core's verdict: the same estimator and the same sentences", async () => {
    const windowEstimator = await loadPassphraseEstimator();
    for (const passphrase of [...WEAK, ...STRONG, 'short', 'the first passphrase']) {
      expect(windowEstimator.weakPassphraseMessage(passphrase)).toBe(weakPassphraseMessage(passphrase));
    }
    expect(windowEstimator.passphraseStrength('dossier2026vault').score).toBeLessThan(MIN_PASSPHRASE_SCORE);
    expect(windowEstimator.passphraseStrength(STRONG[0]!)).toMatchObject({ score: 4, feedback: { warning: null } });
  });
});
