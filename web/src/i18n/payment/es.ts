// What only a card form shows: the booking's card step and the portal's cards. Loaded with the first card form,
// in the active language only, so /book's first download does not carry it.
// Spanish is the source: en.ts must have the same keys, which the compiler checks.
import type { Strings } from '../types';

const payment = {
  pay: {
    step: {
      heading: 'Tu tarjeta',
      loading: 'Preparando el pago seguro…',
      loadFailed: 'No se pudo preparar el pago. Tu hora sigue guardada: vuelve a intentarlo.',
      retry: 'Reintentar',
      why: 'Para asegurar esta reserva necesitamos una tarjeta:',
      deposit: 'Se cobra ahora un depósito de {{amount}}, que se descuenta del precio. Si cancelas a tiempo, te lo devolvemos.',
      cancellationFee: 'La política de cancelación tiene un cargo si cancelas tarde; se cobraría a esta tarjeta.',
      noShowFee: 'Si no vienes a la cita sin avisar, se cobra un cargo de {{amount}} a esta tarjeta.',
      cardCheck: 'Para comprobar la tarjeta, tu banco retendrá {{amount}} y lo liberará enseguida: no se te cobra.',
      secured: 'Tarjeta {{brand}} ····{{last4}} comprobada. Ya puedes confirmar la reserva.',
      depositHeld: 'Depósito de {{amount}} autorizado en tu tarjeta {{brand}} ····{{last4}}.',
      authorizing: 'Comprobando la tarjeta con tu banco…',
      expired: 'Has tardado demasiado en este paso y hemos liberado la hora. Elige de nuevo una hora.',
      confirmFirst: 'Añade tu tarjeta antes de confirmar la reserva.',
    },
    card: {
      number: 'Número de tarjeta',
      expiry: 'Caducidad (MM/AA)',
      cvc: 'Código de seguridad (CVC)',
      save: 'Comprobar la tarjeta',
      saving: 'Comprobando…',
      testMode: 'Modo de pruebas: no se cobra dinero real. Usa una tarjeta de prueba:',
      testSuccess: '4242 4242 4242 4242 — se acepta',
      testDecline: '4000 0000 0000 0002 — el banco la rechaza',
      testFunds: '4000 0000 0000 9995 — fondos insuficientes',
      testAuth: '4000 0027 6000 3184 — el banco pide autenticación',
      notATestCard: 'En modo de pruebas solo se aceptan las tarjetas de prueba de la lista.',
      expiryInvalid: 'Escribe la caducidad como MM/AA, por ejemplo 12/30.',
      expiryPast: 'Esta tarjeta ha caducado.',
      cvcInvalid: 'Escribe los 3 o 4 dígitos del reverso de la tarjeta.',
      stripeLoading: 'Cargando el formulario seguro de pago…',
      stripeFailed: 'No se pudo cargar el formulario de pago. Revisa tu conexión y vuelve a intentarlo.',
    },
    challenge: {
      heading: 'Tu banco quiere confirmar que eres tú',
      body: 'Esto es una simulación de la verificación de tu banco (3-D Secure) en modo de pruebas.',
      approve: 'Confirmar en mi banco',
      refuse: 'No lo reconozco',
    },
    reasons: {
      card_declined: 'Tu banco ha rechazado la tarjeta. Prueba con otra tarjeta.',
      insufficient_funds: 'Tu banco indica que no hay fondos suficientes. Prueba con otra tarjeta.',
      expired_card: 'La tarjeta ha caducado. Prueba con otra tarjeta.',
      incorrect_cvc: 'El código de seguridad no es correcto.',
      authentication_failed: 'No se pudo verificar que eres tú con tu banco. Vuelve a intentarlo o usa otra tarjeta.',
      authentication_required: 'Tu banco necesita que confirmes el pago.',
      processing_error: 'Tu banco no ha podido procesar la tarjeta. Vuelve a intentarlo en unos minutos.',
      other: 'No se pudo usar la tarjeta. Prueba con otra tarjeta.',
    },
    done: {
      depositPaid: 'Depósito pagado: {{amount}} con tu tarjeta {{brand}} ····{{last4}}. Te enviamos el recibo por email.',
      cardSaved: 'Tu tarjeta {{brand}} ····{{last4}} queda guardada para los cargos de la política de cancelación.',
    },
  },
};

export default payment;
export type PaymentStrings = Strings<typeof payment>;
