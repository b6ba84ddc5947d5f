import { escapeHtml, publicPage } from "../public-page.ts";

/*
 * The invite pages for someone already signed in to Throughline with the invited address (a
 * regional coach, a partner reviewer): instead of a second password, the district joins their
 * sign-in, and the apps then ask which district to open.
 */

export function inviteJoinPage(view: {
  districtName: string;
  email: string;
  token: string;
}): string {
  return publicPage(
    `Add ${view.districtName} to your sign-in`,
    `<p>You are signed in to Throughline as <strong>${escapeHtml(view.email)}</strong>, the address this invitation is for.</p>
<p>Add <strong>${escapeHtml(view.districtName)}</strong> to that sign-in: you keep one password, and choose which district to open after signing in.</p>
<form method="post" action="/invite/${escapeHtml(encodeURIComponent(view.token))}/join">
<button type="submit">Add ${escapeHtml(view.districtName)}</button>
</form>
<p class="hint">Not you? <a href="/">Sign out first</a>, then open this link again to set a password of its own.</p>`,
  );
}

export function inviteJoinedPage(view: { districtName: string }): string {
  return publicPage(
    `${view.districtName} is added to your sign-in`,
    `<p>Open Throughline and choose <strong>${escapeHtml(view.districtName)}</strong>; you can switch between your districts from My account.</p>
<ul><li><a href="/teacher/">My learning (teachers)</a></li><li><a href="/coach/">Coaching (coaches and facilitators)</a></li><li><a href="/admin/">Admin (principals and district staff)</a></li></ul>`,
  );
}
