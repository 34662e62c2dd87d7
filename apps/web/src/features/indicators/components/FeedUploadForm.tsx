import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FileField, TextField } from '../../../components/Fields';
import { FormAlert } from '../../../components/FormAlert';
import { percentOf } from '../../../lib/format';
import { required, useFormErrors } from '../../../lib/use-form-errors';
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
  const form = useFormErrors(['source', 'file']);
  const [result, setResult] = useState<FeedUploadResult | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const missing = [...(source.trim() ? [] : [required('source')]), ...(file ? [] : [required('file')])];
    if (missing.length || !file) return form.show(missing);
    form.clear();
    setResult(null);
    const answer = await onUpload(source.trim(), file);
    setResult(answer);
    requestAnimationFrame(() => resultRef.current?.focus());
  }

  return (
    <form className="card form" onSubmit={submit} noValidate aria-labelledby="feed-upload-title">
      <h2 id="feed-upload-title">{t('indicators.feeds.uploadTitle')}</h2>
      <FormAlert
        summaryRef={form.summaryRef}
        hasErrors={form.errors.length > 0}
        failed={t('indicators.feeds.failed')}
        others={form.others}
      />
      <TextField
        id="feed-source"
        label={t('indicators.feeds.source')}
        hint={t('indicators.feeds.sourceHint')}
        maxLength={200}
        autoComplete="organization"
        value={source}
        onChange={setSource}
        errors={form.field('source')}
      />
      <FileField
        id="feed-file"
        label={t('indicators.feeds.file')}
        hint={t('indicators.feeds.fileHint')}
        accept=".csv,text/csv"
        onChange={setFile}
        errors={form.field('file')}
      />
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
