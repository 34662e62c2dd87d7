import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { percentOf } from '../../../lib/format';
import type { FeedUploadResult } from '../hooks/useUploadFeed';
import { FeedErrorsTable } from './FeedErrorsTable';

interface Props {
  progress: number | undefined;
  isUploading: boolean;
  onUpload: (source: string, file: File) => Promise<FeedUploadResult>;
}

/** 위기정보 파일 올리기: source agency, CSV file, a real upload progress bar and the result. */
export function FeedUploadForm({ progress, isUploading, onUpload }: Props) {
  const { t } = useTranslation();
  const [source, setSource] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [missing, setMissing] = useState<{ source?: boolean; file?: boolean }>({});
  const [result, setResult] = useState<FeedUploadResult | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const isMissing = { source: !source.trim(), file: !file };
    setMissing(isMissing);
    if (isMissing.source || isMissing.file || !file) return;
    setResult(null);
    const answer = await onUpload(source.trim(), file);
    setResult(answer);
    requestAnimationFrame(() => resultRef.current?.focus());
  }

  return (
    <form className="card form" onSubmit={submit} noValidate aria-labelledby="feed-upload-title">
      <h2 id="feed-upload-title">{t('indicators.feeds.uploadTitle')}</h2>
      <div className="field">
        <label htmlFor="feed-source">{t('indicators.feeds.source')}</label>
        <input
          id="feed-source"
          type="text"
          value={source}
          maxLength={200}
          autoComplete="organization"
          onChange={(e) => setSource(e.target.value)}
          aria-invalid={missing.source || undefined}
          aria-describedby={`feed-source-hint${missing.source ? ' feed-source-error' : ''}`}
        />
        <p id="feed-source-hint" className="hint">
          {t('indicators.feeds.sourceHint')}
        </p>
        {missing.source ? (
          <p id="feed-source-error" className="field-error">
            <span>
              <span aria-hidden="true">⚠ </span>
              {t('indicators.feeds.chooseSource')}
            </span>
          </p>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor="feed-file">{t('indicators.feeds.file')}</label>
        <input
          id="feed-file"
          type="file"
          accept=".csv,text/csv"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          aria-invalid={missing.file || undefined}
          aria-describedby={`feed-file-hint${missing.file ? ' feed-file-error' : ''}`}
        />
        <p id="feed-file-hint" className="hint">
          {t('indicators.feeds.fileHint')}
        </p>
        {missing.file ? (
          <p id="feed-file-error" className="field-error">
            <span>
              <span aria-hidden="true">⚠ </span>
              {t('indicators.feeds.chooseFile')}
            </span>
          </p>
        ) : null}
      </div>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={isUploading}>
          {isUploading ? t('indicators.feeds.uploading') : t('indicators.feeds.submit')}
        </button>
        {progress !== undefined ? (
          <span className="upload-progress">
            <label htmlFor="feed-progress">{t('indicators.feeds.progress')}</label>
            <progress id="feed-progress" max={1} value={progress} />
            <span>{t('screening.percent', { value: percentOf(progress) })}</span>
          </span>
        ) : null}
      </div>

      <div ref={resultRef} tabIndex={-1} aria-live="polite" className="feed-result">
        {result ? <FeedResultPanel result={result} /> : null}
      </div>
    </form>
  );
}

function FeedResultPanel({ result }: { result: FeedUploadResult }) {
  const { t } = useTranslation();
  if (result.kind === 'FAILED') {
    const known = ['UNAUTHENTICATED', 'FORBIDDEN', 'UNSUPPORTED_MEDIA_TYPE', 'BAD_REQUEST'].includes(
      result.code,
    );
    return (
      <div className="alert alert-error" role="alert">
        <p>{known ? t(`indicators.feeds.httpError.${result.code}`) : t('indicators.feeds.failed')}</p>
      </div>
    );
  }
  return (
    <section
      aria-labelledby="feed-result-title"
      className={result.kind === 'REJECTED' ? 'alert alert-error' : 'alert alert-success'}
    >
      <h3 id="feed-result-title">
        {t('indicators.feeds.resultTitle')}: {t(`indicators.feedStatus.${result.kind}`)}
      </h3>
      {result.kind === 'LOADED' ? (
        <p>
          {t('indicators.feeds.loaded', {
            rows: result.rows,
            matched: result.matched,
            unmatched: result.unmatched,
          })}
        </p>
      ) : result.kind === 'DUPLICATE' ? (
        <p>{t('indicators.feeds.duplicate')}</p>
      ) : (
        <>
          <p>{t('indicators.feeds.rejected')}</p>
          <FeedErrorsTable errors={result.errors} />
        </>
      )}
    </section>
  );
}
