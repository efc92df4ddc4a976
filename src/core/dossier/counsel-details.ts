// Who signs a forum's filing and how to reach them, as the covers print it: the counsel record the
// case names, else the case's free-text responsible lawyer (old vaults, CASE.json without
// counsel), else nothing. Never guessed: a detail neither holds stays for the hand to write.
import type { CaseDetail } from '../../shared/models.js';

export interface CounselDetails {
  name?: string | undefined;
  firm?: string | undefined;
  /** Postal address lines; empty when not recorded. */
  address: string[];
  phone?: string | undefined;
  email?: string | undefined;
  eoirId?: string | undefined;
  barNumber?: string | undefined;
  /** True when the details come from a counsel record (so a missing field is truly not held). */
  fromRecord: boolean;
}

export function counselDetails(detail: Pick<CaseDetail, 'case' | 'counsel'>): CounselDetails {
  const record = detail.counsel;
  if (record) {
    const { name, firm, address, phone, email, eoirId, barNumber } = record;
    return { name, firm, address, phone, email, eoirId, barNumber, fromRecord: true };
  }
  return { name: detail.case.responsibleLawyer, address: [], fromRecord: false };
}

/** Phone and e-mail on one line ("Tel. …  ·  E-mail …"), or undefined when neither is held. */
export function contactLine(details: CounselDetails, words: { phone: string; email: string }): string | undefined {
  const parts = [details.phone && `${words.phone} ${details.phone}`, details.email && `${words.email} ${details.email}`].filter(Boolean);
  return parts.length > 0 ? parts.join('  ·  ') : undefined;
}
