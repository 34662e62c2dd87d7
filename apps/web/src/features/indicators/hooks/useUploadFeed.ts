import { useCallback, useRef, useState } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { CrisisFeedsDocument } from '../../../generated/graphql';

/** One refused row as the API sends it: a problem code with its numbers (libs/domain feed-record.ts). */
export interface FeedRowError {
  line: number;
  column?: string | null;
  problem?: string | null;
  message: string;
  expected?: number | null;
  found?: number | null;
  limit?: number | null;
  kind?: string | null;
}

export type FeedUploadResult =
  | {
      kind: 'LOADED' | 'DUPLICATE' | 'REJECTED';
      feedId: string;
      rows: number;
      matched: number;
      unmatched: number;
      errors: FeedRowError[];
    }
  /** HTTP refusals ({error:{code}}) and network failures. */
  | { kind: 'FAILED'; code: string };

interface FeedAnswer {
  feedId?: string;
  status?: 'LOADED' | 'REJECTED' | 'DUPLICATE';
  rows?: number;
  matched?: number;
  unmatched?: number;
  errors?: FeedRowError[];
  error?: { code?: string };
}

/**
 * POST /api/feeds?source=… with the file as text/csv. XMLHttpRequest rather than fetch: only it
 * reports upload progress (xhr.upload.onprogress). The session cookie rides along (same origin).
 */
export function useUploadFeed() {
  const client = useApolloClient();
  const [progress, setProgress] = useState<number | undefined>(undefined);
  const [isUploading, setIsUploading] = useState(false);
  const xhrRef = useRef<XMLHttpRequest | null>(null);

  const upload = useCallback(
    (source: string, file: File) =>
      new Promise<FeedUploadResult>((resolve) => {
        const xhr = new XMLHttpRequest();
        xhrRef.current = xhr;
        setIsUploading(true);
        setProgress(0);
        xhr.open('POST', `/api/feeds?source=${encodeURIComponent(source)}`);
        xhr.withCredentials = true;
        xhr.setRequestHeader('Content-Type', 'text/csv; charset=utf-8');
        xhr.responseType = 'text';
        xhr.upload.onprogress = (event) => {
          if (event.lengthComputable && event.total > 0) setProgress(event.loaded / event.total);
        };
        const finish = (result: FeedUploadResult) => {
          setIsUploading(false);
          xhrRef.current = null;
          // The feed list shows the new feed (and a rejected one's errors).
          void client.refetchQueries({ include: [CrisisFeedsDocument] }).catch(() => undefined);
          resolve(result);
        };
        xhr.onload = () => {
          setProgress(1);
          let body: FeedAnswer = {};
          try {
            body = JSON.parse(xhr.responseText) as FeedAnswer;
          } catch {
            // Not JSON (a proxy's error page): reported as failed below.
          }
          if (body.status && body.feedId !== undefined) {
            finish({
              kind: body.status,
              feedId: body.feedId,
              rows: body.rows ?? 0,
              matched: body.matched ?? 0,
              unmatched: body.unmatched ?? 0,
              errors: body.errors ?? [],
            });
          } else {
            finish({
              kind: 'FAILED',
              code: body.error?.code ?? (xhr.status === 401 ? 'UNAUTHENTICATED' : 'UNKNOWN'),
            });
          }
        };
        xhr.onerror = () => finish({ kind: 'FAILED', code: 'UNKNOWN' });
        xhr.onabort = () => finish({ kind: 'FAILED', code: 'UNKNOWN' });
        xhr.send(file);
      }),
    [client],
  );

  return { upload, progress, isUploading };
}
