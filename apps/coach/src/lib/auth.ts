/** Sign-in and sign-out through Better Auth on the same origin (see lib/trpc.ts). */
export { signIn, signOut } from "./trpc.ts";
