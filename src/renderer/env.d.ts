// window.dossier is what electron/preload.ts exposes; its type comes from the contract.
import type { DossierApi } from '../../electron/dossier-api';

declare global {
  interface Window {
    readonly dossier: DossierApi;
  }
}

export {};
