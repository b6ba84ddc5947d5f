import {
  listSentMail,
  loadSentMessage,
  type SentMessage,
} from "@throughline/db/queries/notifications/sent-mail";
import {
  type OutboxMessageSummary,
  outboxMessageInputSchema,
} from "@throughline/domain/notification";
import { TRPCError } from "@trpc/server";
import { createRouter, districtAdminProcedure } from "../../trpc.ts";

/** The newest messages the page lists; older ones stay in the outbox table. */
const SENT_MAIL_PAGE = 200;

/** The host part of every `Message-ID`, as the worker writes it: the server's public host. */
function messageIdHost(publicUrl: string): string {
  return new URL(publicUrl).hostname;
}

/** The district's outbox: what was sent, kept as a file, waiting or failed, and each message. */
export const sentMailRouter = createRouter({
  list: districtAdminProcedure.query(({ ctx }): Promise<OutboxMessageSummary[]> => {
    return listSentMail(ctx.tx, {
      limit: SENT_MAIL_PAGE,
      messageIdHost: messageIdHost(ctx.publicUrl),
    });
  }),

  message: districtAdminProcedure
    .input(outboxMessageInputSchema)
    .query(async ({ ctx, input }): Promise<SentMessage> => {
      const message = await loadSentMessage(ctx.tx, {
        messageId: input.messageId,
        messageIdHost: messageIdHost(ctx.publicUrl),
      });
      if (!message) {
        throw new TRPCError({ code: "NOT_FOUND", message: "There is no such message." });
      }
      return message;
    }),
});
