/** A reminder lead time as the form edits it: an amount and a unit. */
export interface LeadTimeDraft {
  amount: string;
  unit: "minutes" | "hours" | "days";
}

const minutesPer = { minutes: 1, hours: 60, days: 1440 } as const;

export function draftOf(minutes: number): LeadTimeDraft {
  if (minutes % 1440 === 0) return { amount: String(minutes / 1440), unit: "days" };
  if (minutes % 60 === 0) return { amount: String(minutes / 60), unit: "hours" };
  return { amount: String(minutes), unit: "minutes" };
}

/** NaN for an empty or unreadable amount: the server names the field and says why. */
export function minutesOf(draft: LeadTimeDraft): number {
  const amount = draft.amount.trim() === "" ? Number.NaN : Number(draft.amount);
  return amount * minutesPer[draft.unit];
}
