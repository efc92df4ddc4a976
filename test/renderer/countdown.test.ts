// How near a deadline is, in words and urgency, as both the home page and the case say it; in
// Russian with the plural form each count takes (1 день, 3 дня, 5 дней, 21 день).
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { countdownMessage, isAlarming, isUrgent, urgencyOf, URGENT_DAYS } from '../../src/renderer/case/deadlines/countdown.js';
import { en } from '../../src/renderer/i18n/en/index.js';
import { fr } from '../../src/renderer/i18n/fr/index.js';
import { ru } from '../../src/renderer/i18n/ru/index.js';
import { localDay } from '../../src/shared/dates.js';
import { daysFromToday } from '../../src/renderer/ui/dates.js';

const resources = { en, ru, fr };
const translator = i18next.createInstance();

beforeAll(async () => {
  await translator.init({ resources, lng: 'en', fallbackLng: false, defaultNS: 'common', interpolation: { escapeValue: false } });
});

function countdownIn(language: 'en' | 'ru' | 'fr', daysLeft: number): string {
  const { key, count } = countdownMessage(daysLeft);
  return translator.getFixedT(language, 'common')(key, { count });
}

describe('deadline countdown', () => {
  it('is urgent from the seventh day before the deadline on, and overdue after it', () => {
    expect(URGENT_DAYS).toBe(7);
    expect(urgencyOf(7)).toBe('soon');
    expect(urgencyOf(6)).toBe('urgent');
    expect(urgencyOf(0)).toBe('urgent');
    expect(urgencyOf(-1)).toBe('overdue');
    expect(urgencyOf(29)).toBe('soon');
    expect(urgencyOf(30)).toBe('later');
  });

  it('treats a deadline missed over a month ago as past, neither red nor counted as urgent', () => {
    expect(urgencyOf(-30)).toBe('overdue');
    expect(isUrgent(-30)).toBe(true);
    expect(urgencyOf(-31)).toBe('past');
    expect(isUrgent(-31)).toBe(false);
    expect(isUrgent(-400)).toBe(false);
  });

  it('says today, tomorrow, days left and days overdue in English', () => {
    expect(countdownIn('en', 0)).toBe('Due today');
    expect(countdownIn('en', 1)).toBe('Due tomorrow');
    expect(countdownIn('en', 3)).toBe('3 days left');
    expect(countdownIn('en', -1)).toBe('1 day overdue');
  });

  it('takes the Russian plural form each count needs', () => {
    expect(countdownIn('ru', 2)).toBe('Осталось 2 дня');
    expect(countdownIn('ru', 5)).toBe('Осталось 5 дней');
    expect(countdownIn('ru', 21)).toBe('Остался 21 день');
    expect(countdownIn('ru', 11)).toBe('Осталось 11 дней');
    expect(countdownIn('ru', -1)).toBe('Просрочено на 1 день');
    expect(countdownIn('ru', -3)).toBe('Просрочено на 3 дня');
    expect(countdownIn('ru', 1)).toBe('Срок завтра');
  });

  it('takes the French plural form each count needs', () => {
    expect(countdownIn('fr', 0)).toBe('Échéance aujourd’hui');
    expect(countdownIn('fr', 1)).toBe('Échéance demain');
    expect(countdownIn('fr', 2)).toBe('2 jours restants');
    expect(countdownIn('fr', -1)).toBe('Dépassé de 1 jour');
    expect(countdownIn('fr', -3)).toBe('Dépassé de 3 jours');
    // French counts a million in its own form ("many"); it reads as the plural.
    expect(countdownIn('fr', 1_000_000)).toBe('1000000 jours restants');
  });

  it('counts days on the local calendar', () => {
    expect(localDay(new Date(2024, 1, 29, 23, 59))).toBe('2024-02-29');
    expect(localDay(new Date(2025, 0, 5, 0, 1))).toBe('2025-01-05');
    expect(daysFromToday(localDay())).toBe(0);
  });
});

describe('Russian plural forms', () => {
  // Every message counted in English is counted in Russian too, with the form for each number.
  function countedKeys(tree: object, prefix = ''): string[] {
    return Object.entries(tree).flatMap(([key, value]) =>
      typeof value === 'string' ? (key.endsWith('_other') ? [`${prefix}${key.slice(0, -'_other'.length)}`] : []) : countedKeys(value as object, `${prefix}${key}.`),
    );
  }

  it('resolves each counted message for 1, 3 and 5 to a Russian sentence that carries the number where English does', () => {
    const keys = Object.entries(resources.en).flatMap(([namespace, tree]) => countedKeys(tree).map((path) => [namespace, path] as const));
    expect(keys.length).toBeGreaterThan(20);
    const values = { total: 9, max: 2000, title: '«Иск»', size: '1 МБ', date: '1 мая', query: 'Беков', shown: 1 };
    for (const [namespace, path] of keys) {
      const russian = translator.getFixedT('ru', namespace);
      const english = translator.getFixedT('en', namespace);
      for (const count of [1, 3, 5]) {
        const text = russian(path, { ...values, count });
        expect(text, `${namespace}:${path} for ${count}`).toMatch(/[а-яё]/i);
        if (english(path, { ...values, count }).includes(String(count))) expect(text, `${namespace}:${path} for ${count}`).toContain(String(count));
      }
    }
  });
});

describe('a deadline marked done', () => {
  it('no longer alarms, however near or overdue, while an open one does', () => {
    for (const days of [-3, 0, 2]) {
      expect(isAlarming({ due: '2026-11-20', done: true }, days)).toBe(false);
      expect(isAlarming({ due: '2026-11-20' }, days)).toBe(true);
    }
    expect(isAlarming({ due: '2026-11-20' }, 40)).toBe(false);
  });
});
