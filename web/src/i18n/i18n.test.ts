import { beforeEach, describe, expect, it, vi } from 'vitest';

// A fresh copy of the runtime per test: the shared one (test/setup.ts) already holds every audience.
async function freshI18n() {
  vi.resetModules();
  return import('./index');
}

beforeEach(() => {
  localStorage.setItem('clinic.language', 'es');
});

describe('loadStrings', () => {
  it('gives a page only the audience it asked for, and staff strings once the staff area asks', async () => {
    const { default: i18n, loadStrings } = await freshI18n();
    expect(i18n.t('book.heading')).toBe('book.heading');

    await loadStrings('patient');
    expect(i18n.t('book.heading')).toBe('Reserva tu tratamiento');
    expect(i18n.exists('adminNav.team')).toBe(false);

    await loadStrings('staff');
    expect(i18n.t('adminNav.team')).toBe('Equipo');
  });

  it('switches every audience in use to the new language only after its strings have arrived', async () => {
    const { default: i18n, loadStrings, changeLanguage, currentLanguage } = await freshI18n();
    await Promise.all([loadStrings('patient'), loadStrings('staff')]);

    const switching = changeLanguage('en');
    expect(i18n.t('book.heading')).toBe('Reserva tu tratamiento');
    await switching;

    expect(currentLanguage()).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(i18n.t('book.heading')).toBe('Book a treatment');
    expect(i18n.t('adminNav.team')).toBe('Team');
    expect(localStorage.getItem('clinic.language')).toBe('en');
  });

  it('lets the last of two quick language choices win', async () => {
    const { loadStrings, changeLanguage, currentLanguage } = await freshI18n();
    await loadStrings('patient');

    await Promise.all([changeLanguage('en'), changeLanguage('es')]);

    expect(currentLanguage()).toBe('es');
  });
});

describe('t', () => {
  it('fills in {{placeholders}} and picks the plural form for the count in each language', async () => {
    const { default: i18n, loadStrings, changeLanguage } = await freshI18n();
    await loadStrings('patient');

    expect(i18n.t('book.cartCount', { count: 1 })).toBe('1 servicio seleccionado');
    expect(i18n.t('book.cartCount', { count: 3 })).toBe('3 servicios seleccionados');
    expect(i18n.t('book.removeService', { service: 'Hydrafacial' })).toBe('Quitar Hydrafacial');

    await changeLanguage('en');
    expect(i18n.t('book.cartCount', { count: 1 })).toBe('1 service selected');
    expect(i18n.t('book.cartCount', { count: 0 })).toBe('0 services selected');
  });

  it('shows a missing key as itself rather than nothing', async () => {
    const { default: i18n, loadStrings } = await freshI18n();
    await loadStrings('patient');

    expect(i18n.t('book.noSuchKey' as never)).toBe('book.noSuchKey');
    expect(i18n.exists('book.noSuchKey')).toBe(false);
    expect(i18n.exists('book.cartCount')).toBe(true);
  });
});
