import "server-only";

// The typed client of the native Seedance task API (LaoZhang, BytePlus ModelArk, Volcengine Ark),
// as the BFF sees it: one task provider beside Token360's.
export { arkTaskProvider } from "./task-provider";
