import { afterAll, beforeAll } from "vitest";
import type { Database, DatabaseHandle, Transaction } from "./client.ts";
import type { Membership } from "./identity.ts";
import { demoPeople } from "./seed/demo-logins.ts";
import { withTenant } from "./tenant.ts";
import { createTestDatabase, membershipFor } from "./testing.ts";

/**
 * The demo-seeded database of one test file: created before its first test, dropped after its
 * last. `as` runs a query as the person behind a login email would: in their district, as the
 * app role.
 */
export function seededDatabasePerFile() {
  let handle: DatabaseHandle | undefined;
  beforeAll(async () => {
    handle = await createTestDatabase({ seed: true });
  });
  afterAll(() => handle?.close());

  const open = () => {
    if (!handle) throw new Error("The test database opens before the first test.");
    return handle.db;
  };
  return {
    get db(): Database {
      return open();
    },
    async as<T>(email: string, fn: (tx: Transaction, who: Membership) => Promise<T>): Promise<T> {
      const who = await membershipFor(open(), email);
      return withTenant(open(), who.districtId, (tx) => fn(tx, who));
    },
  };
}

/**
 * The demo-seeded database of one test file seen from one login: that person's district and
 * person ids, queries in their district (`inDistrict`), and writes that are undone when the work
 * ends (`rolledBack`), so each test starts from the seed as it was.
 */
export function seededLoginPerFile(email: string) {
  const seeded = seededDatabasePerFile();
  let member: Membership | undefined;
  // Runs after the database hook above: vitest runs a file's `beforeAll` hooks in order.
  beforeAll(async () => {
    member = await membershipFor(seeded.db, email);
  });

  const who = (): Membership => {
    if (!member) throw new Error(`${email} is looked up before the first test.`);
    return member;
  };
  const inDistrict = <T>(fn: (tx: Transaction) => Promise<T>): Promise<T> =>
    withTenant(seeded.db, who().districtId, fn);
  return {
    get db(): Database {
      return seeded.db;
    },
    get districtId(): string {
      return who().districtId;
    },
    get personId(): string {
      return who().personId;
    },
    inDistrict,
    /** Runs `work` in the district, then rolls its writes back. */
    async rolledBack(work: (tx: Transaction) => Promise<void>): Promise<void> {
      await inDistrict(async (tx) => {
        await work(tx);
        throw new RollbackTest();
      }).catch((error: unknown) => {
        if (!(error instanceof RollbackTest)) throw error;
      });
    },
  };
}

/** Thrown to roll a test's writes back. */
class RollbackTest extends Error {}

/**
 * A viewer of each kind the demo district has, by login email: the coach, one of her teachers,
 * a teacher leader and the principal of one school, the district admin, and the other school's
 * principal and coach. Visibility tests check each kind against the domain's access rule.
 */
export const demoViewerOfEachKind = [
  demoPeople.coach.email,
  demoPeople.teacher.email,
  demoPeople.teacherLeader.email,
  demoPeople.principal.email,
  demoPeople.admin.email,
  "sandra.villanueva@maplevalley.test", // the other school's principal
  "leah.whitfield@maplevalley.test", // the other school's coach
];
