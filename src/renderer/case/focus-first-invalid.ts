// After a refused save, focus goes to the first field that needs fixing, so a keyboard or screen
// reader user lands on the problem instead of hunting for it.
import { useEffect, type RefObject } from 'react';

export function useFocusFirstInvalid(form: RefObject<HTMLFormElement | null>, errors: Record<string, string>): void {
  useEffect(() => {
    if (Object.keys(errors).length === 0) return;
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [form, errors]);
}
