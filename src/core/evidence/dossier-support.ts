// The badge a file carries in the evidence list: what the dossier will make of it. Decided by the
// exporter's own rules (exhibitTreatment) from the detected type and size, so the list never
// opens a file and never promises what the export would not do.
import type { EvidenceListItem } from '../../shared/contract.js';
import { dossierText } from '../dossier/dossier-text.js';
import { exhibitTreatment } from '../dossier/exhibit-pages.js';

export type DossierSupport = Pick<EvidenceListItem, 'dossierSupport' | 'supportNote'>;

export function dossierSupportOf(file: { mediaType: string; size: number }): DossierSupport {
  const treatment = exhibitTreatment(file.mediaType, file.size);
  switch (treatment.kind) {
    case 'pdf':
      return { dossierSupport: 'pages' };
    case 'image':
      return { dossierSupport: 'image' };
    case 'text':
      return { dossierSupport: 'text' };
    default: {
      const reason = dossierText.en.reasons[treatment.reason];
      const detail = treatment.detail ? ` (${treatment.detail})` : '';
      return {
        dossierSupport: 'not_reproduced',
        supportNote: `${reason[0]!.toUpperCase()}${reason.slice(1)}${detail}: the dossier shows its separator page and lists its fingerprint in the manifest.`,
      };
    }
  }
}
