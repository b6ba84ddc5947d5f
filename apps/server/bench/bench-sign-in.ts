import { DEMO_PASSWORD } from "@throughline/db/seed";

/**
 * Signs in with email and password through the server's auth API, as the sign-in page does,
 * and returns the `Cookie` header the session set. `origin` is the server's public origin
 * (auth refuses a sign-in from an origin it does not trust).
 */
export async function sessionCookie(
  server: { url: string; publicUrl: string },
  email: string,
  password = DEMO_PASSWORD,
): Promise<string> {
  const response = await fetch(`${server.url}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: server.publicUrl },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) {
    throw new Error(`Signing in as ${email} failed: ${response.status} ${await response.text()}`);
  }
  return response.headers
    .getSetCookie()
    .map((line) => line.split(";")[0])
    .join("; ");
}
