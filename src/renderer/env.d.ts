// window.dossier is what electron/preload.ts exposes; its type comes from the contract.
import type { DossierApi } from '../shared/dossier-api';

declare global {
  interface Window {
    readonly dossier: DossierApi;
  }
}

export {};
