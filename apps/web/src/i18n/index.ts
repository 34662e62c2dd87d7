import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en, ko } from './catalogues';

export const LANGUAGES = ['ko', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'ieum.language';

function storedLanguage(): Language {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    if (value === 'ko' || value === 'en') return value;
  } catch {
    // Storage may be blocked (private mode); Korean is the default.
  }
  return 'ko';
}

function applyLanguage(lng: string): void {
  document.documentElement.lang = lng;
  try {
    localStorage.setItem(STORAGE_KEY, lng);
  } catch {
    // Not persisted; the switch still works for this page.
  }
}

i18n.on('languageChanged', applyLanguage);

void i18n.use(initReactI18next).init({
  resources: { ko: { translation: ko }, en: { translation: en } },
  lng: storedLanguage(),
  fallbackLng: 'ko',
  supportedLngs: [...LANGUAGES],
  interpolation: { escapeValue: false },
});

applyLanguage(i18n.language);

export default i18n;
