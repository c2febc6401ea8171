import { useState } from 'react';
import * as z from 'zod/mini';
import type { CreditAdjustment, PackageProductView, PaymentView } from '../../api';
import { problemOf } from '../../api/problems';
import { CheckboxField } from '../../forms/CheckboxField';
import { useFieldErrors } from '../../forms/errors';
import { FormAlert, SubmitButton } from '../../forms/FormMessages';
import { SelectField } from '../../forms/SelectField';
import { TextField } from '../../forms/TextField';
import { useZodForm } from '../../forms/useZodForm';
import { useTranslation } from '../../i18n';
import { moneyInputValue, parseAmount } from '../../lib/format';

// Staff's money actions (ST5, ST6). Each says why (the reason is audited with the action); the server checks the
// amounts again (never above what was paid, the clinic's currency) and answers 400/422 with its reason.

const reason = z.string().check(z.trim(), z.minLength(1, 'adminWallet.errors.reason'), z.maxLength(500, 'adminWallet.errors.reason'));
const amountFor = (currency: string) => z.string().check(z.refine((value) => (parseAmount(value, currency) ?? 0) > 0, 'adminWallet.errors.amount'));

/** The server's reason, as it wrote it (staff read it), after the form's own words. */
function useFailure() {
  const { t } = useTranslation('staff');
  const [failure, setFailure] = useState<string>();
  const fail = (error: unknown) => {
    const problem = problemOf(error);
    setFailure(t('adminWallet.failed', { detail: problem.detail ?? problem.title ?? String(problem.status) }));
  };
  return { failure, fail, clear: () => setFailure(undefined) };
}

export function RefundForm({ payment, onRefund, onCancel }: { payment: PaymentView; onRefund: (amountMinor: number, reason: string, asCredit: boolean) => Promise<unknown>; onCancel: () => void }) {
  const { t } = useTranslation('staff');
  const { failure, fail, clear } = useFailure();
  const schema = z.object({ amount: amountFor(payment.currency), reason, asCredit: z.boolean() });
  const { register, handleSubmit, formState } = useZodForm(schema, {
    defaultValues: { amount: moneyInputValue(payment.refundableMinor, payment.currency), reason: '', asCredit: false },
  });
  const fieldError = useFieldErrors(formState.errors);
  return (
    <form
      className="form wallet-action"
      noValidate
      aria-label={t('adminWallet.refund')}
      onSubmit={handleSubmit(async (values) => {
        clear();
        await onRefund(parseAmount(values.amount, payment.currency)!, values.reason, values.asCredit).catch(fail);
      })}
    >
      <FormAlert>{failure}</FormAlert>
      <TextField label={t('adminWallet.amount', { currency: payment.currency })} inputMode="decimal" registration={register('amount')} error={fieldError('amount')} />
      <TextField label={t('adminWallet.reason')} registration={register('reason')} error={fieldError('reason')} />
      <CheckboxField label={t('adminWallet.asCredit')} registration={register('asCredit')} />
      <div className="step-actions">
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('adminWallet.cancel')}
        </button>
        <SubmitButton busy={formState.isSubmitting} label={t('adminWallet.confirmRefund')} busyLabel={t('adminWallet.saving')} />
      </div>
    </form>
  );
}

export function WaiveForm({ onWaive, onCancel }: { onWaive: (reason: string) => Promise<unknown>; onCancel: () => void }) {
  const { t } = useTranslation('staff');
  const { failure, fail, clear } = useFailure();
  const { register, handleSubmit, formState } = useZodForm(z.object({ reason }), { defaultValues: { reason: '' } });
  const fieldError = useFieldErrors(formState.errors);
  return (
    <form
      className="form wallet-action"
      noValidate
      aria-label={t('adminWallet.waive')}
      onSubmit={handleSubmit(async (values) => {
        clear();
        await onWaive(values.reason).catch(fail);
      })}
    >
      <FormAlert>{failure}</FormAlert>
      <TextField label={t('adminWallet.reason')} registration={register('reason')} error={fieldError('reason')} />
      <div className="step-actions">
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('adminWallet.cancel')}
        </button>
        <SubmitButton busy={formState.isSubmitting} label={t('adminWallet.confirmWaive')} busyLabel={t('adminWallet.saving')} />
      </div>
    </form>
  );
}

const adjustments = ['Goodwill', 'Gift', 'Deduction'] as const satisfies readonly CreditAdjustment[];

export function AdjustCreditForm({ currency, onAdjust }: { currency: string; onAdjust: (kind: CreditAdjustment, amountMinor: number, reason: string) => Promise<unknown> }) {
  const { t } = useTranslation('staff');
  const { failure, fail, clear } = useFailure();
  const schema = z.object({ kind: z.enum(adjustments), amount: amountFor(currency), reason });
  const { register, handleSubmit, formState, reset } = useZodForm(schema, { defaultValues: { kind: 'Goodwill', amount: '', reason: '' } });
  const fieldError = useFieldErrors(formState.errors);
  return (
    <form
      className="form wallet-action"
      noValidate
      aria-label={t('adminWallet.adjust')}
      onSubmit={handleSubmit(async (values) => {
        clear();
        await onAdjust(values.kind, parseAmount(values.amount, currency)!, values.reason).then(() => reset(), fail);
      })}
    >
      <FormAlert>{failure}</FormAlert>
      <SelectField
        label={t('adminWallet.kind')}
        options={adjustments.map((kind) => ({ value: kind, label: t(`adminWallet.kinds.${kind}`) }))}
        registration={register('kind')}
      />
      <TextField label={t('adminWallet.amount', { currency })} inputMode="decimal" registration={register('amount')} error={fieldError('amount')} />
      <TextField label={t('adminWallet.reason')} registration={register('reason')} error={fieldError('reason')} />
      <SubmitButton busy={formState.isSubmitting} label={t('adminWallet.adjust')} busyLabel={t('adminWallet.saving')} />
    </form>
  );
}

export function AssignPackageForm({ products, onAssign }: { products: PackageProductView[]; onAssign: (product: PackageProductView, pricePaidMinor: number, reason: string) => Promise<unknown> }) {
  const { t } = useTranslation('staff');
  const { failure, fail, clear } = useFailure();
  const currency = products[0]?.currency ?? 'EUR';
  const schema = z.object({
    productId: z.string().check(z.refine((id) => products.some((product) => product.id === id), 'adminWallet.errors.product')),
    price: z.string().check(z.refine((value) => parseAmount(value, currency) !== null, 'adminWallet.errors.amount')),
    reason,
  });
  const { register, handleSubmit, formState, reset } = useZodForm(schema, {
    defaultValues: { productId: products[0]?.id ?? '', price: products[0] ? moneyInputValue(products[0].priceMinor, currency) : '', reason: '' },
  });
  const fieldError = useFieldErrors(formState.errors);
  if (products.length === 0) return <p>{t('adminWallet.noProducts')}</p>;
  return (
    <form
      className="form wallet-action"
      noValidate
      aria-label={t('adminWallet.assign')}
      onSubmit={handleSubmit(async (values) => {
        clear();
        const product = products.find((candidate) => candidate.id === values.productId)!;
        await onAssign(product, parseAmount(values.price, currency)!, values.reason).then(() => reset(), fail);
      })}
    >
      <FormAlert>{failure}</FormAlert>
      <SelectField
        label={t('adminWallet.product')}
        options={products.map((product) => ({ value: product.id, label: product.name }))}
        registration={register('productId')}
        error={fieldError('productId')}
      />
      <TextField label={t('adminWallet.pricePaid', { currency })} inputMode="decimal" registration={register('price')} error={fieldError('price')} />
      <TextField label={t('adminWallet.reason')} registration={register('reason')} error={fieldError('reason')} />
      <SubmitButton busy={formState.isSubmitting} label={t('adminWallet.assign')} busyLabel={t('adminWallet.saving')} />
    </form>
  );
}
