import { person } from "../../schema/index.ts";

/** A person as lists and pickers name them. */
export const personNameColumns = { id: person.id, displayName: person.displayName };

/** A person with the address their emails go to. */
export const personContactColumns = { ...personNameColumns, email: person.email };
