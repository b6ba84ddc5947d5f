/** A notification row as tests read it straight from the table, with its recipient's email. */
export interface SentNotificationRow {
  email: string;
  kind: string;
  title: string;
  body: string;
  link_app: string;
  link_path: string;
}
