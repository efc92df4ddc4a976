// Pages of an exhibit typed as a citation or a link stores them ("2", "2-5"; cited-text.ts reads
// them): digits left to right in any interface language, and Enter takes the choice, as the
// dialog's or the form's main button would.
import { TextField } from '../../ui/Field';

type PagesFieldProps = Omit<Parameters<typeof TextField>[0], 'dir' | 'inputMode' | 'autoComplete' | 'onKeyDown'> & { onEnter: () => void };

export function PagesField({ onEnter, ...field }: PagesFieldProps) {
  return (
    <TextField
      {...field}
      dir="ltr"
      inputMode="numeric"
      autoComplete="off"
      onKeyDown={(event) => {
        if (event.key === 'Enter') {
          event.preventDefault();
          onEnter();
        }
      }}
    />
  );
}
