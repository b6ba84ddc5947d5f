import { createAuthClient } from "better-auth/react";
import { queryClient } from "./trpc.ts";

/** Better Auth on the same origin, under /api/auth. */
export const authClient = createAuthClient({ basePath: "/api/auth" });

/** Signs in; resolves to a message to show, or null once the app knows who is signed in. */
export async function signIn(email: string, password: string): Promise<string | null> {
  const { error } = await authClient.signIn.email({ email, password });
  if (error) {
    if (error.status === 401) return "Incorrect email or password. Check them and try again.";
    if (error.status === 429) return "Too many attempts. Wait a minute, then try again.";
    return error.message || "We could not sign you in. Please try again.";
  }
  await queryClient.invalidateQueries();
  return null;
}

/** Ends the session and forgets every answer the server gave, so nothing of it stays on screen. */
export async function signOut(): Promise<void> {
  try {
    await authClient.signOut();
  } finally {
    await queryClient.resetQueries();
  }
}
