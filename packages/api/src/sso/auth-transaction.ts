import { AsyncLocalStorage } from "node:async_hooks";
import type { Database, Transaction } from "@throughline/db/client";

/**
 * Better Auth runs an SSO sign-in's writes (user, account, session) in one database
 * transaction. Deciding who signs in needs our own queries (the person, their district) in that
 * same transaction: on the embedded database a second connection does not exist, and a query
 * outside the transaction would wait for it forever. So the database handed to Better Auth
 * remembers the transaction it opened, and `currentAuthTransaction` finds it.
 */
const openTransactions = new AsyncLocalStorage<Transaction>();

export function trackAuthTransactions(db: Database): Database {
  return new Proxy(db, {
    get(target, property, receiver) {
      if (property !== "transaction") return Reflect.get(target, property, receiver);
      const transaction: Database["transaction"] = (run, config) =>
        target.transaction((tx) => openTransactions.run(tx, () => run(tx)), config);
      return transaction;
    },
  });
}

/** The transaction Better Auth has open around the current step, if any. */
export function currentAuthTransaction(): Transaction | undefined {
  return openTransactions.getStore();
}
