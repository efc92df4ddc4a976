// `node --import tsx --import ./src/core/isolation/register-installed-modules.mjs …`: registers
// installed-modules-hooks.mjs after tsx, so that installed packages load as in the built app.
import { register } from 'node:module';

register('./installed-modules-hooks.mjs', import.meta.url);
