// The order of a client's two names in the window: the one in the reader's script first.
import { describe, expect, it } from 'vitest';
import { clientDisplayName, clientNamesInOrder } from '../../src/renderer/case/display-names.js';

const yerlan = { fullName: 'Yerlan Toktarov', fullNameNative: 'Ерлан Токтаров' };

describe("a client's names in reading order", () => {
  it('puts the Cyrillic name first in the Russian window and the Latin one in the English window', () => {
    expect(clientDisplayName(yerlan, 'ru')).toBe('Ерлан Токтаров (Yerlan Toktarov)');
    expect(clientDisplayName(yerlan, 'en')).toBe('Yerlan Toktarov (Ерлан Токтаров)');
    expect(clientNamesInOrder(yerlan, 'ru-RU')).toEqual({ first: 'Ерлан Токтаров', second: 'Yerlan Toktarov' });
  });

  it('keeps the recorded name first when the reader cannot read the other one either', () => {
    const farid = { fullName: 'Farid Ahmadi', fullNameNative: 'فرید احمدی' };
    expect(clientDisplayName(farid, 'ru')).toBe('Farid Ahmadi (فرید احمدی)');
    expect(clientDisplayName(farid, 'en')).toBe('Farid Ahmadi (فرید احمدی)');
  });

  it('shows one name when there is only one, or both are the same', () => {
    expect(clientDisplayName({ fullName: 'Yerlan Toktarov' }, 'ru')).toBe('Yerlan Toktarov');
    expect(clientDisplayName({ fullName: 'Ерлан Токтаров', fullNameNative: 'Ерлан Токтаров' }, 'en')).toBe('Ерлан Токтаров');
    expect(clientDisplayName({ fullName: 'Ерлан Токтаров', fullNameNative: '  ' }, 'en')).toBe('Ерлан Токтаров');
  });

  it('keeps a name recorded in Cyrillic first in Russian whatever the other field holds', () => {
    expect(clientDisplayName({ fullName: 'Ерлан Токтаров', fullNameNative: 'Yerlan Toktarov' }, 'ru')).toBe('Ерлан Токтаров (Yerlan Toktarov)');
    expect(clientDisplayName({ fullName: 'Ерлан Токтаров', fullNameNative: 'Yerlan Toktarov' }, 'en')).toBe('Yerlan Toktarov (Ерлан Токтаров)');
  });
});
