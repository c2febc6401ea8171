import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { identityClient, schedulingClient, type AppointmentDetails, type BookForPatient, type CancelAppointment, type RescheduleAppointment } from '../../api';

export const calendarKeys = {
  calendars: ['admin', 'calendar'] as const,
  calendar: (locationId: string, from: string, to: string, providerId: string | undefined) =>
    ['admin', 'calendar', locationId, from, to, providerId ?? 'all'] as const,
  appointment: (id: string) => ['admin', 'appointment', id] as const,
  patients: (search: string) => ['admin', 'patients', search] as const,
};

export function useCalendar(locationId: string | undefined, from: string | undefined, to: string | undefined, providerId: string | undefined) {
  return useQuery({
    queryKey: calendarKeys.calendar(locationId ?? '', from ?? '', to ?? '', providerId),
    queryFn: ({ signal }) => schedulingClient.listCalendar(locationId!, from!, to!, providerId, signal),
    enabled: !!locationId && !!from && !!to,
    // The week on screen stays visible while the next one loads.
    placeholderData: (previous) => previous,
  });
}

export function useAppointment(id: string) {
  return useQuery({
    queryKey: calendarKeys.appointment(id),
    queryFn: ({ signal }) => schedulingClient.getAppointment(id, signal),
  });
}

export type AppointmentCommand =
  | { action: 'start' }
  | { action: 'complete' }
  | { action: 'noShow' }
  | { action: 'cancel'; body: CancelAppointment }
  | { action: 'reschedule'; body: RescheduleAppointment };

function send(id: string, command: AppointmentCommand): Promise<AppointmentDetails> {
  switch (command.action) {
    case 'start':
      return schedulingClient.startAppointment(id);
    case 'complete':
      return schedulingClient.completeAppointment(id);
    case 'noShow':
      return schedulingClient.markNoShow(id);
    case 'cancel':
      return schedulingClient.cancelAppointment(id, command.body);
    case 'reschedule':
      return schedulingClient.rescheduleAppointment(id, command.body);
  }
}

/** Runs an action; the answer is the updated appointment, and every calendar on screen is refreshed. */
export function useAppointmentCommand(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (command: AppointmentCommand) => send(id, command),
    onSuccess: (details) => {
      queryClient.setQueryData(calendarKeys.appointment(id), details);
      void queryClient.invalidateQueries({ queryKey: calendarKeys.calendars });
    },
  });
}

/** Identity's staff patient search; a term shorter than two characters asks nothing. */
export function usePatientSearch(search: string) {
  const term = search.trim();
  return useQuery({
    queryKey: calendarKeys.patients(term),
    queryFn: ({ signal }) => identityClient.searchPatients(term, 10, signal),
    enabled: term.length >= 2,
    placeholderData: (previous) => previous,
  });
}

/** Books on a patient's behalf; the new appointment is cached and every calendar on screen is refreshed. */
export function useBookForPatient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: BookForPatient) => schedulingClient.bookForPatient(body),
    onSuccess: (details) => {
      queryClient.setQueryData(calendarKeys.appointment(details.id), details);
      void queryClient.invalidateQueries({ queryKey: calendarKeys.calendars });
    },
  });
}
