import { lazy, Suspense, useId, useRef, useState, type Ref } from 'react';
import { useTranslation } from '../../i18n';
import type { SignatureMethod } from '../../api';
import type { SignaturePadHandle } from './SignaturePad';

const SignaturePad = lazy(() => import('./SignaturePad').then((m) => ({ default: m.SignaturePad })));

export interface SignatureValue {
  signerName: string;
  signatureMethod: SignatureMethod;
  signatureImage: string | null;
}

export interface ConsentSignatureHandle {
  /** The signature, or null after marking what is missing next to its field. */
  read(): SignatureValue | null;
}

/**
 * The consent's signing block (PP12): the patient's full name, then a drawn signature or, as the keyboard
 * alternative, the typed name as signature. Errors sit next to the field they concern.
 */
export function ConsentSignature({ handle, defaultName, serverError }: { handle: Ref<ConsentSignatureHandle>; defaultName?: string; serverError?: string }) {
  const { t } = useTranslation();
  const id = useId();
  const pad = useRef<SignaturePadHandle>(null);
  const nameInput = useRef<HTMLInputElement>(null);
  const [name, setName] = useState(defaultName ?? '');
  const [method, setMethod] = useState<SignatureMethod>('Drawn');
  const [errors, setErrors] = useState<{ name?: string; drawing?: string }>({});

  const read = (): SignatureValue | null => {
    const next: { name?: string; drawing?: string } = {};
    const trimmed = name.trim();
    if (trimmed.length < 2) next.name = t('clinicalForms.signature.nameError');
    const image = method === 'Drawn' ? pad.current?.toDataUrl() ?? null : null;
    if (method === 'Drawn' && !image) next.drawing = t('clinicalForms.signature.drawError');
    setErrors(next);
    if (next.name) nameInput.current?.focus();
    return next.name || next.drawing ? null : { signerName: trimmed, signatureMethod: method, signatureImage: image };
  };

  if (typeof handle === 'function') handle({ read });
  else if (handle && 'current' in handle) (handle as { current: ConsentSignatureHandle | null }).current = { read };

  const drawing = errors.drawing ?? (method === 'Drawn' ? serverError : undefined);
  return (
    <section className="signature" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('clinicalForms.signature.heading')}</h3>
      <p>{t('clinicalForms.signature.intro')}</p>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('clinicalForms.signature.name')}</label>
        <input
          ref={nameInput}
          id={`${id}-name`}
          autoComplete="name"
          value={name}
          maxLength={200}
          aria-invalid={errors.name ? true : undefined}
          aria-describedby={errors.name ? `${id}-name-error` : undefined}
          onChange={(event) => setName(event.target.value)}
        />
        {errors.name && (
          <p id={`${id}-name-error`} className="field__error">
            {errors.name}
          </p>
        )}
      </div>
      {method === 'Drawn' ? (
        <div className="field">
          <p id={`${id}-draw`}>{t('clinicalForms.signature.draw')}</p>
          <Suspense fallback={<p role="status">{t('clinicalForms.signature.loadingPad')}</p>}>
            <SignaturePad ref={pad} invalid={!!drawing} describedBy={drawing ? `${id}-draw-error` : `${id}-draw`} />
          </Suspense>
          {drawing && (
            <p id={`${id}-draw-error`} className="field__error">
              {drawing}
            </p>
          )}
          <div className="form-editor__tools">
            <button type="button" className="button button--secondary" onClick={() => pad.current?.clear()}>
              {t('clinicalForms.signature.clear')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setMethod('Typed')}>
              {t('clinicalForms.signature.useTyped')}
            </button>
          </div>
        </div>
      ) : (
        <div className="field">
          <p>{t('clinicalForms.signature.typedNote')}</p>
          <p className="signature__typed" aria-label={t('clinicalForms.signature.typedPreview')}>
            {name.trim() || '—'}
          </p>
          <button type="button" className="button button--secondary" onClick={() => setMethod('Drawn')}>
            {t('clinicalForms.signature.useDrawn')}
          </button>
        </div>
      )}
    </section>
  );
}
