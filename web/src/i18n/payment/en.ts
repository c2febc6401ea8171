import type { PaymentStrings } from './es';

const payment: PaymentStrings = {
  pay: {
    step: {
      heading: 'Your card',
      loading: 'Preparing secure payment…',
      loadFailed: 'We could not prepare the payment. Your time is still held: please try again.',
      retry: 'Try again',
      why: 'To secure this booking we need a card:',
      deposit: 'A deposit of {{amount}} is charged now and taken off the price. If you cancel in time, we refund it.',
      cancellationFee: 'The cancellation policy has a fee for cancelling late; it would be charged to this card.',
      noShowFee: 'If you miss the appointment without telling us, a fee of {{amount}} is charged to this card.',
      cardCheck: 'To check the card, your bank will hold {{amount}} and release it straight away: you are not charged.',
      secured: '{{brand}} card ····{{last4}} checked. You can now confirm the booking.',
      depositHeld: 'Deposit of {{amount}} authorized on your {{brand}} card ····{{last4}}.',
      authorizing: 'Checking the card with your bank…',
      expired: 'This step took too long and the time was released. Please choose a time again.',
      confirmFirst: 'Add your card before confirming the booking.',
    },
    card: {
      number: 'Card number',
      expiry: 'Expiry (MM/YY)',
      cvc: 'Security code (CVC)',
      save: 'Check the card',
      saving: 'Checking…',
      testMode: 'Test mode: no real money is taken. Use a test card:',
      testSuccess: '4242 4242 4242 4242 — accepted',
      testDecline: '4000 0000 0000 0002 — declined by the bank',
      testFunds: '4000 0000 0000 9995 — insufficient funds',
      testAuth: '4000 0027 6000 3184 — the bank asks for authentication',
      notATestCard: 'In test mode only the test cards listed are accepted.',
      expiryInvalid: 'Write the expiry as MM/YY, for example 12/30.',
      expiryPast: 'This card has expired.',
      cvcInvalid: 'Write the 3 or 4 digits on the back of the card.',
      stripeLoading: 'Loading the secure payment form…',
      stripeFailed: 'The payment form could not be loaded. Check your connection and try again.',
    },
    challenge: {
      heading: 'Your bank wants to confirm it is you',
      body: 'This simulates your bank’s check (3-D Secure) in test mode.',
      approve: 'Confirm with my bank',
      refuse: 'I don’t recognise this',
    },
    reasons: {
      card_declined: 'Your bank declined the card. Please try another card.',
      insufficient_funds: 'Your bank says there are not enough funds. Please try another card.',
      expired_card: 'The card has expired. Please try another card.',
      incorrect_cvc: 'The security code is not correct.',
      authentication_failed: 'Your bank could not confirm it was you. Try again or use another card.',
      authentication_required: 'Your bank needs you to confirm the payment.',
      processing_error: 'Your bank could not process the card. Please try again in a few minutes.',
      other: 'The card could not be used. Please try another card.',
    },
    done: {
      depositPaid: 'Deposit paid: {{amount}} with your {{brand}} card ····{{last4}}. We are emailing you the receipt.',
      cardSaved: 'Your {{brand}} card ····{{last4}} is kept for the cancellation policy’s fees.',
    },
  },
};

export default payment;
