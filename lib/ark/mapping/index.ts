// The pure mapping between the app's types and the native Seedance task API, both ways.
export { toArkBody, fromArkBody } from "./request";
export { arkStatusOf, createdRecord, fromArkTask, type ArkTaskView } from "./task";
export { explainArkError } from "./errors";
