/*
 * A roster row whose email is a person's added by hand links to that person (sets their
 * sourcedId) instead of adding a second person with the same address.
 */

/** Emails compared as one address however they were typed. */
export function sameEmail(email: string): string {
  return email.trim().normalize("NFC").toLowerCase();
}

export function linkedNote(names: readonly string[]): string {
  const shown = names.length > 20 ? [...names.slice(0, 20), `${names.length - 20} more`] : names;
  return names.length === 1
    ? `1 person added by hand is linked to the roster by their email address: ${shown.join(", ")}.`
    : `${names.length} people added by hand are linked to the roster by their email addresses: ${shown.join(", ")}.`;
}
