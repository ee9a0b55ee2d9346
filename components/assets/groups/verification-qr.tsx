"use client";

import QRCode from "qrcode";
import { useEffect, useState } from "react";
import { Skeleton } from "@/components/ui/skeleton";

/** The verification link as a QR code for a phone camera; always dark on white so it scans in dark mode. */
export function VerificationQr({ url }: { url: string }) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    QRCode.toString(url, {
      type: "svg",
      margin: 2,
      errorCorrectionLevel: "M",
      color: { dark: "#000000", light: "#ffffff" },
    })
      .then((svg) => {
        if (current) setSrc(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
      })
      .catch(() => {
        if (current) setSrc(null);
      });
    return () => {
      current = false;
    };
  }, [url]);

  if (!src) return <Skeleton className="size-40" />;
  return (
    // A data URL generated here; next/image has nothing to optimise.
    // eslint-disable-next-line @next/next/no-img-element
    <img
      src={src}
      alt="QR code for the verification link"
      width={160}
      height={160}
      className="size-40 rounded-md bg-white"
    />
  );
}
