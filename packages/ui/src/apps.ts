import type { AppName } from "@throughline/domain/rules/access-scope";

/**
 * The three Throughline apps, so every app can link to the others by the same names; who may
 * open each is decided by the access rules (`@throughline/domain/rules/access-scope`).
 */
export type AppKey = AppName;

interface AppInfo {
  key: AppKey;
  /** What people call the app, e.g. in the header: "My learning". */
  name: string;
  /** Who it is for, for the links on the access-denied page. */
  audience: string;
  /** Port of the app's development server. */
  devPort: number;
}

export const throughlineApps: Record<AppKey, AppInfo> = {
  teacher: { key: "teacher", name: "My learning", audience: "for teachers", devPort: 5173 },
  coach: {
    key: "coach",
    name: "Coaching",
    audience: "for coaches and facilitators",
    devPort: 5174,
  },
  admin: {
    key: "admin",
    name: "Admin",
    audience: "for principals and district staff",
    devPort: 5175,
  },
};

export const appKeys: readonly AppKey[] = ["teacher", "coach", "admin"];

/**
 * Where an app lives. In production the server serves all three under one origin; in
 * development each app has its own Vite server, so the link names that server's port.
 */
export function appHref(key: AppKey, options: { dev: boolean }): string {
  if (!options.dev || typeof window === "undefined") return `/${key}/`;
  const { protocol, hostname } = window.location;
  return `${protocol}//${hostname}:${throughlineApps[key].devPort}/${key}/`;
}
