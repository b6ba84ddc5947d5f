import "@throughline/app-kit/styles.css";
import { startApp } from "@throughline/app-kit/start-app";
import { nav } from "./nav.ts";
import { routes } from "./router.tsx";

startApp({ app: "coach", nav, routes, dev: import.meta.env.DEV });
