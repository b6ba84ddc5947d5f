/*
 * The look every email shares, whether the server renders it with React Email (notifications,
 * digests) or the API writes it as inline HTML (invitations, password resets). Colours are
 * chosen for contrast on both white and light-grey backgrounds (all pass WCAG AA for normal
 * text); fonts are the system stacks mail clients already have.
 */

export const emailColours = {
  text: "#1b2430",
  muted: "#3d4a5c",
  brand: "#14487a",
  page: "#f6f7f9",
  card: "#ffffff",
  border: "#d5dbe3",
} as const;

export const emailFontFamily =
  '-apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, Helvetica, Arial, sans-serif';
