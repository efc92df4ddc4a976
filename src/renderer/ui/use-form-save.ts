// Saving a form the same way everywhere: the draft is checked against the shared schema first
// (every problem shows at its field at once), then sent; an INVALID_INPUT from the core shows at
// its field too, anything else as a readable notice. After a refused save, focus goes to the
// first field that needs fixing, so a keyboard or screen reader user lands on the problem.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { z } from 'zod';
import { useFieldErrors, type FieldErrors } from './field-errors';

export interface FormSaveOptions {
  /** The wrapper key of the call's input ("client", "case"), taken off the core's field paths. */
  prefix: string;
  /** Moves problems to the field they belong to, given the schema's raw messages. */
  relocate?: (errors: FieldErrors, rawMessages: readonly string[]) => FieldErrors;
}

export function useFormSave({ prefix, relocate = (errors) => errors }: FormSaveOptions) {
  const { fromZod, fromApi } = useFieldErrors();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const savingRef = useRef(false);
  const formRef = useRef<HTMLFormElement>(null);
  const relocateRef = useRef(relocate);
  relocateRef.current = relocate;

  useEffect(() => {
    if (Object.keys(errors).length === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);

  /**
   * Checks `input` with `schema`, then runs `send`. Resolves with what `send` answered, or with
   * undefined when the save was refused (the problems are then shown) or is already under way.
   */
  const save = useCallback(
    async <R>(schema: z.ZodType, input: unknown, send: () => Promise<R>): Promise<R | undefined> => {
      if (savingRef.current) return undefined;
      setFailure(null);
      const checked = schema.safeParse(input);
      if (!checked.success) {
        setErrors(relocateRef.current(fromZod(checked.error), checked.error.issues.map((issue) => issue.message)));
        return undefined;
      }
      savingRef.current = true;
      setSaving(true);
      try {
        const answer = await send();
        setErrors({});
        return answer;
      } catch (error) {
        const atField = fromApi(error, prefix);
        if (atField) setErrors(relocateRef.current(atField, [error instanceof Error ? error.message : '']));
        else setFailure(error);
        return undefined;
      } finally {
        savingRef.current = false;
        setSaving(false);
      }
    },
    [fromZod, fromApi, prefix],
  );

  /** Forgets the problems and the failure (the person cancelled the edit). */
  const reset = useCallback(() => {
    setErrors({});
    setFailure(null);
  }, []);

  return { formRef, errors, failure, saving, save, reset };
}
