import "server-only";

// The typed client of the native Seedance task API (LaoZhang, BytePlus ModelArk, Volcengine Ark).
export { arkTaskProvider } from "./task-provider";
export { createArkTask, deleteArkTask, getArkTask } from "./tasks";
export { arkSourceUrl, openArkContent, openArkLastFrame } from "./content";
export { arkUpstreamOf, getArkUpstream, type ArkUpstream } from "./upstream";
