import type { AppMessages } from './es';

export const en: AppMessages = {
  layout: {
    skipToContent: 'Skip to content',
    defaultClinicName: 'Clinic',
    mainNav: 'Main navigation',
    language: 'Language',
    loadingPage: 'Loading page…',
  },
  nav: {
    book: 'Book',
    portal: 'My portal',
  },
  book: {
    heading: 'Book a treatment',
    intro: 'Choose the services you would like to book.',
    loading: 'Loading services…',
    error: 'The services could not be loaded.',
    retry: 'Try again',
    empty: 'There are no services available for online booking yet.',
    bookNow: 'Book now',
    remove: 'Remove',
    bookService: 'Book now {{service}}',
    removeService: 'Remove {{service}}',
    deposit: 'Deposit: {{amount}}',
    duration: 'Duration',
    price: 'Price',
    free: 'Free',
    cartCount_one: '{{count}} service selected',
    cartCount_other: '{{count}} services selected',
  },
  portal: {
    heading: 'My portal',
    intro: 'This is where you will see your appointments, forms and instructions.',
  },
  admin: {
    heading: 'Administration',
    intro: 'This is where clinic staff will manage the calendar, patients and settings.',
  },
  notFound: {
    heading: 'Page not found',
    body: 'The page you are looking for does not exist.',
    backToBooking: 'Go to booking',
  },
  routeError: {
    heading: 'Something went wrong',
    body: 'This page could not be shown. Reload it to try again.',
    reload: 'Reload',
  },
};
