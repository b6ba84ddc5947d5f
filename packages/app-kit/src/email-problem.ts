const emailPattern = /^[^\s@]+@[^\s@]+$/;

/** What is wrong with an address typed at sign-in, before anything is asked of the server. */
export function emailProblem(email: string): string | undefined {
  if (!email.trim()) return "Enter your email address.";
  if (!emailPattern.test(email.trim())) return "Enter an email address like name@school.org.";
  return undefined;
}
