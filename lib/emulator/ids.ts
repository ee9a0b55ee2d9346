import { randomBytes } from "node:crypto";

// Public identifier formats (API.md §3.5). Random, so ids never reveal counts or tenants.
const hex = (bytes: number) => randomBytes(bytes).toString("hex");

export const newPortraitAssetId = () => `ta_${hex(16)}`;
export const newUploadAssetId = () => `ua_${hex(16)}`;
export const newGroupId = () => `grp_${hex(8)}`;
export const newVideoId = () => `vid_${hex(12)}`;
export const newToken = () => hex(16);
