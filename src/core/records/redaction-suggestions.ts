// Terms a case suggests for a redaction profile (issue 17): the details a recipient most often
// must not see, read from the case as the window shows it. Family members' names go as a third
// party's, addresses and the current location as addresses, the client's phones, e-mails and
// document numbers as "other", and the actors events name as witnesses as source protection.
// A suggestion the profile already removes, or one another suggestion already gives, is left out.
import type { CaseDetail } from '../../shared/models.js';
import { foldTerm, type RedactionReason, type RedactionSuggestion } from '../../shared/redaction.js';

/** A contact's kind that names a place rather than a line to reach someone on. */
const addressKind = /address|addr|adres|адрес|adresse|домашн|home|post|почт/iu;
/** An actor's role that makes them a witness ("witness", "свидетель", "témoin", "куәгер"). */
const witnessRole = /witness|свидетел|témoin|temoin|куә/iu;

/**
 * The suggestions from `detail`, in the order the case holds them (family, contacts, current
 * location, documents, witnesses), none among `knownTerms` (the profile's own).
 */
export function redactionSuggestions(detail: CaseDetail, knownTerms: readonly string[] = []): RedactionSuggestion[] {
  const seen = new Set(knownTerms.map(foldTerm));
  const suggestions: RedactionSuggestion[] = [];
  const suggest = (text: string | undefined, reason: RedactionReason, source: string) => {
    const trimmed = text?.trim();
    // Shorter than a term may be (src/shared/redaction.ts): it would match inside every other word.
    if (!trimmed || trimmed.length < 2) return;
    const key = foldTerm(trimmed);
    if (seen.has(key)) return;
    seen.add(key);
    suggestions.push({ text: trimmed, reason, source });
  };
  const { client } = detail;
  for (const member of client.family) {
    suggest(member.name, 'third_party', 'family');
    suggest(member.nameNative, 'third_party', 'family');
  }
  for (const contact of client.contacts) suggest(contact.value, addressKind.test(contact.kind) ? 'address' : 'other', 'contacts');
  suggest(client.currentLocation, 'address', 'currentLocation');
  for (const document of client.documents) suggest(document.number, 'other', 'documents');
  for (const event of detail.events) {
    for (const actor of event.actors) {
      if (actor.role !== undefined && witnessRole.test(actor.role)) suggest(actor.name, 'source_protection', 'events');
    }
  }
  return suggestions;
}
