// The embedded Token360 emulator: the same HTTP contract as https://api.token360.ai, served
// in-process (no API key set) and over HTTP at /emulator/v1/*.
export { getEmulator } from "./singleton";
