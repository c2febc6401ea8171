// Spanish is the source language; en.ts must provide the same keys.
export const es = {
  layout: {
    skipToContent: 'Saltar al contenido',
    defaultClinicName: 'Clínica',
    mainNav: 'Navegación principal',
    language: 'Idioma',
    loadingPage: 'Cargando página…',
  },
  nav: {
    book: 'Reservar',
    portal: 'Mi portal',
  },
  book: {
    heading: 'Reserva tu tratamiento',
    intro: 'Elige los servicios que quieres reservar.',
    loading: 'Cargando servicios…',
    error: 'No se pudieron cargar los servicios.',
    retry: 'Reintentar',
    empty: 'Todavía no hay servicios disponibles para reservar online.',
    bookNow: 'Reservar',
    remove: 'Quitar',
    // Accessible names start with the visible label (WCAG 2.5.3) and add the service.
    bookService: 'Reservar {{service}}',
    removeService: 'Quitar {{service}}',
    deposit: 'Depósito: {{amount}}',
    duration: 'Duración',
    price: 'Precio',
    free: 'Gratis',
    cartCount_one: '{{count}} servicio seleccionado',
    cartCount_other: '{{count}} servicios seleccionados',
  },
  portal: {
    heading: 'Mi portal',
    intro: 'Aquí podrás ver tus citas, formularios e instrucciones.',
  },
  admin: {
    heading: 'Administración',
    intro: 'Aquí el equipo de la clínica gestionará la agenda, los pacientes y la configuración.',
  },
  notFound: {
    heading: 'Página no encontrada',
    body: 'La página que buscas no existe.',
    backToBooking: 'Ir a reservas',
  },
  routeError: {
    heading: 'Algo ha fallado',
    body: 'No se pudo mostrar esta página. Recárgala para intentarlo de nuevo.',
    reload: 'Recargar',
  },
};

type Messages<T> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };
export type AppMessages = Messages<typeof es>;
