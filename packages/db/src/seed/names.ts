/** People of the demo districts. Names are invented; emails use the reserved .test domain. */

export interface PersonName {
  first: string;
  last: string;
}

/** Teachers at Maple Valley Elementary; the first is the demo teacher, the second the teacher leader. */
export const mapleElementaryTeachers: PersonName[] = [
  { first: "Maria", last: "Delgado" },
  { first: "Kevin", last: "Osei" },
  { first: "Hannah", last: "Lindqvist" },
  { first: "Jamal", last: "Washington" },
  { first: "Priya", last: "Raman" },
  { first: "Ellen", last: "McAllister" },
  { first: "Luis", last: "Ortega" },
  { first: "Grace", last: "Nakamura" },
  { first: "Brianna", last: "Holt" },
  { first: "Samuel", last: "Adeyemi" },
  { first: "Olivia", last: "Brennan" },
  { first: "Thanh", last: "Nguyen" },
  { first: "Rachel", last: "Goldberg" },
  { first: "Marcus", last: "Bell" },
  { first: "Fatima", last: "Haddad" },
  { first: "Caroline", last: "Whitaker" },
  { first: "Diego", last: "Castillo" },
  { first: "Amara", last: "Eze" },
  { first: "Nora", last: "Kowalski" },
  { first: "Peter", last: "Sandoval" },
];

export const riversideMiddleTeachers: PersonName[] = [
  { first: "Angela", last: "Rossi" },
  { first: "Daniel", last: "Kim" },
  { first: "Shauna", last: "Clarke" },
  { first: "Tyler", last: "Bergstrom" },
  { first: "Lakshmi", last: "Iyer" },
  { first: "Joseph", last: "Running Bear" },
  { first: "Emily", last: "Foster" },
  { first: "Andre", last: "Dupree" },
  { first: "Sofia", last: "Marquez" },
  { first: "Benjamin", last: "Cho" },
  { first: "Kathleen", last: "O'Brien" },
  { first: "Victor", last: "Almeida" },
  { first: "Yasmin", last: "Farouk" },
  { first: "Ryan", last: "Pettersen" },
  { first: "Alicia", last: "Monroe" },
  { first: "Hiroshi", last: "Tanaka" },
  { first: "Danielle", last: "Price" },
  { first: "Omar", last: "Siddiqui" },
  { first: "Megan", last: "Gallagher" },
  { first: "Isaac", last: "Levy" },
];

export function emailFor(name: PersonName, domain: string): string {
  const part = (value: string) => value.toLowerCase().replace(/[^a-z]/g, "");
  return `${part(name.first)}.${part(name.last)}@${domain}`;
}

export function displayName(name: PersonName): string {
  return `${name.first} ${name.last}`;
}
