import type { StaffKey } from '../i18n';

/** The staff area's sections, in menu order: one line per section (its route lives in admin/routes.tsx). */
export const adminSections: { path: string; label: StaffKey }[] = [
  { path: '/admin', label: 'adminNav.calendar' },
  { path: '/admin/patients', label: 'adminNav.patients' },
  { path: '/admin/payments', label: 'adminNav.payments' },
  { path: '/admin/forms', label: 'adminNav.forms' },
  { path: '/admin/messages', label: 'adminNav.messages' },
  { path: '/admin/schedules', label: 'adminNav.schedules' },
  { path: '/admin/settings', label: 'adminNav.settings' },
  { path: '/admin/team', label: 'adminNav.team' },
  { path: '/admin/integrations', label: 'adminNav.integrations' },
];
