import type { RouterOutputs } from "@throughline/api/types";

export type PeopleOptions = RouterOutputs["peopleAdmin"]["options"];
export type PeopleSearchResult = RouterOutputs["peopleAdmin"]["search"];
export type PersonRow = PeopleSearchResult["people"][number];
export type PersonDetail = RouterOutputs["peopleAdmin"]["detail"];
export type AdminSchool = RouterOutputs["peopleAdmin"]["schools"][number];
export type AdminTeam = RouterOutputs["peopleAdmin"]["teams"][number];
export type SchoolPerson = RouterOutputs["peopleAdmin"]["schoolPeople"][number];
