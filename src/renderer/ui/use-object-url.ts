// An address the page's <img> can show bytes at: the preview's PNG made from an exhibit in the
// core. The bytes stay in memory (never a file); the address is revoked when they change or the
// picture goes.
import { useEffect, useState } from 'react';

export function useObjectUrl(bytes: Uint8Array, type: string): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    const objectUrl = URL.createObjectURL(new Blob([bytes.slice()], { type }));
    setUrl(objectUrl);
    return () => URL.revokeObjectURL(objectUrl);
  }, [bytes, type]);
  return url;
}
