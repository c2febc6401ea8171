import type { BookableCategory, ClinicProfile } from '../api';

export const clinicProfile: ClinicProfile = {
  name: 'Clínica Demo Estética',
  defaultLanguage: 'es',
  currency: 'EUR',
  timeZone: 'Europe/Madrid',
  locations: [],
  booking: {
    slotIntervalMinutes: 15,
    minimumNoticeMinutes: 120,
    horizonDays: 90,
    providerChoice: 'SpecificOrFirstAvailable',
    holdMinutes: 10,
    earlyStartMinutes: 30,
  },
};

export const categories: BookableCategory[] = [
  {
    id: '22222222-0000-0000-0000-000000000002',
    name: 'Medicina estética',
    description: null,
    sortOrder: 2,
    services: [
      {
        id: 'bbbbbbbb-0000-0000-0000-000000000001',
        name: 'Consulta de valoración',
        description: null,
        durationMinutes: 30,
        price: { amountMinor: 0, currency: 'EUR' },
        deposit: null,
      },
    ],
  },
  {
    id: '11111111-0000-0000-0000-000000000001',
    name: 'Tratamientos faciales',
    description: 'Cuidado de la piel del rostro.',
    sortOrder: 1,
    services: [
      {
        id: 'aaaaaaaa-0000-0000-0000-000000000001',
        name: 'Limpieza facial profunda',
        description: 'Limpieza con extracción y mascarilla.',
        durationMinutes: 60,
        price: { amountMinor: 6550, currency: 'EUR' },
        deposit: { amountMinor: 2000, currency: 'EUR' },
      },
    ],
  },
];
