// Buttons in four weights: primary (the one thing a screen is for), secondary (the default),
// danger (loses or locks something) and quiet (toolbars, inline actions). `busy` keeps the
// button in place, disables it and says so to a screen reader.
import { forwardRef, type ButtonHTMLAttributes } from 'react';

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'quiet';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
  busy?: boolean;
  size?: 'normal' | 'small';
}

export const Button = forwardRef<HTMLButtonElement, ButtonProps>(function Button(
  { variant = 'secondary', busy = false, size = 'normal', className, type = 'button', disabled, children, ...rest },
  ref,
) {
  const classes = ['button', `button--${variant}`, size === 'small' ? 'button--small' : '', busy ? 'button--busy' : '', className ?? '']
    .filter(Boolean)
    .join(' ');
  return (
    <button ref={ref} type={type} className={classes} disabled={disabled || busy} aria-busy={busy || undefined} {...rest}>
      {busy && <span className="button__spinner" aria-hidden="true" />}
      {children}
    </button>
  );
});
