import type { RosterFile } from "@throughline/domain/oneroster/input";

function csv(header: string, rows: string[]): string {
  return `${header}\r\n${rows.join("\r\n")}\r\n`;
}

/**
 * A generated OneRoster 1.2 set in bulk mode: a district, `schools` schools and `users` staff
 * with one role each (a district administrator, a principal in every hundred, the rest
 * teachers), for benchmarks and for tests that need an import to take a while.
 */
export function generatedRoster(options: { users: number; schools: number }): RosterFile[] {
  const schools = Array.from({ length: options.schools }, (_, index) => `sch-${index + 1}`);
  const orgs = [
    "bench-district,,,Bench Unified,district,,",
    ...schools.map((id, index) => `${id},,,Bench School ${index + 1},school,,bench-district`),
  ];
  const users: string[] = [];
  const roles: string[] = [];
  for (let index = 1; index <= options.users; index += 1) {
    const id = `u-${index}`;
    const school = schools[index % options.schools] ?? "sch-1";
    const role =
      index % 100 === 0 ? "principal" : index === 1 ? "districtAdministrator" : "teacher";
    users.push(
      `${id},,,true,user${index},,Given${index},Family${index},,,user${index}@bench.test,,,,,,,,,,,${school},`,
    );
    roles.push(
      `r-${index},,,${id},primary,${role},,,${role === "districtAdministrator" ? "bench-district" : school},`,
    );
  }
  const manifest = [
    "manifest.version,1.0",
    "oneroster.version,1.2",
    "file.orgs,bulk",
    "file.users,bulk",
    "file.roles,bulk",
  ];
  const file = (name: string, content: string): RosterFile => ({ name, encoding: "text", content });
  return [
    file("manifest.csv", csv("propertyName,value", manifest)),
    file(
      "orgs.csv",
      csv("sourcedId,status,dateLastModified,name,type,identifier,parentSourcedId", orgs),
    ),
    file(
      "users.csv",
      csv(
        "sourcedId,status,dateLastModified,enabledUser,username,userIds,givenName,familyName,middleName,identifier,email,sms,phone,agentSourcedIds,grades,password,userMasterIdentifier,resourceSourcedIds,preferredGivenName,preferredMiddleName,preferredFamilyName,primaryOrgSourcedId,pronouns",
        users,
      ),
    ),
    file(
      "roles.csv",
      csv(
        "sourcedId,status,dateLastModified,userSourcedId,roleType,role,beginDate,endDate,orgSourcedId,userProfileSourcedId",
        roles,
      ),
    ),
  ];
}
