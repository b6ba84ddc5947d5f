import type { AppName } from "@throughline/domain/rules/app-access";
import type { AppTrpc } from "./app-trpc.ts";

/** What the shared notification pages need from the app they run in. */
export interface NotificationWiring {
  app: AppName;
  trpc: AppTrpc;
  /** The apps run on their own ports in development: links to another app differ. */
  dev: boolean;
}
