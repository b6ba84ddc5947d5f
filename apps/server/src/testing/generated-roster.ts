/** The generated OneRoster set lives beside the API's tests, which use it too. */
export { generatedRoster } from "@throughline/api/testing/generated-roster";
