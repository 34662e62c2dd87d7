import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { CheckboxField } from '../../../components/Fields';
import { PagedList } from '../../../components/PagedList';
import { useCursorPages } from '../../../lib/cursor-pages';
import { formatDateTimeMinute } from '../../../lib/format';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { notificationTitle } from '../notification-title';
import { useErrorText } from '../../../lib/use-error-text';
import { useMarkNotificationsRead } from '../hooks/useMarkNotificationsRead';
import { useNotifications } from '../hooks/useNotifications';

export function NotificationsPage() {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const pages = useCursorPages();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const list = useNotifications(unreadOnly, pages.after);
  const markRead = useMarkNotificationsRead();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  useDocumentTitle(t('notifications.title'));

  async function markAll() {
    const result = await markRead.mark({ all: true });
    setMessage(
      result.value !== undefined
        ? { ok: true, text: t('notifications.allRead') }
        : { ok: false, text: result.errors.map((e) => errorText(e)).join(' ') },
    );
  }

  // Opening a notification marks it read, then follows its link.
  async function open(id: string, link: string | null | undefined, isUnread: boolean) {
    if (isUnread) await markRead.mark({ ids: [id] });
    if (link) navigate(link);
  }

  return (
    <>
      <h1>{t('notifications.title')}</h1>
      <div className="form-actions">
        <button type="button" className="primary" onClick={() => void markAll()} disabled={markRead.loading}>
          {t('notifications.markAll')}
        </button>
        <CheckboxField
          id="notifications-unread"
          label={t('notifications.unreadOnly')}
          checked={unreadOnly}
          onChange={setUnreadOnly}
        />
      </div>
      <div role="alert">
        {message && !message.ok ? <p className="alert alert-error">{message.text}</p> : null}
      </div>
      <PagedList
        list={list}
        pages={pages}
        // 모두 읽음 is said in the status line, in the total's place.
        notice={message?.ok ? message.text : undefined}
        total={(count) => t('notifications.total', { count })}
        empty={t('notifications.empty')}
      >
        <ul className="notification-list" aria-label={t('notifications.listLabel')}>
          {list.notifications.map((n) => {
            const isUnread = !n.readAt;
            const title = notificationTitle(t, n, i18n.language);
            const isInternal = n.link?.startsWith('/');
            return (
              <li key={n.id} className={isUnread ? 'notification unread' : 'notification'}>
                {isUnread ? <span className="tag">{t('notifications.unread')}</span> : null}{' '}
                {n.link ? (
                  isInternal ? (
                    <Link
                      to={n.link}
                      onClick={(e) => {
                        e.preventDefault();
                        void open(n.id, n.link, isUnread);
                      }}
                    >
                      {title}
                    </Link>
                  ) : (
                    <a href={n.link} onClick={() => void open(n.id, undefined, isUnread)}>
                      {title}
                    </a>
                  )
                ) : (
                  <span>{title}</span>
                )}{' '}
                <span className="hint">
                  <span className="visually-hidden">{t('notifications.kindLabel')} </span>
                  {t(`notifications.kind.${n.kind}`, { defaultValue: n.kind })} ·{' '}
                  <time dateTime={n.createdAt}>{formatDateTimeMinute(n.createdAt)}</time>
                </span>
                {isUnread && !n.link ? (
                  <button
                    type="button"
                    className="link-button"
                    aria-label={t('notifications.markOne', { title })}
                    onClick={() => void open(n.id, undefined, true)}
                  >
                    {t('notifications.markOneShort')}
                  </button>
                ) : null}
              </li>
            );
          })}
        </ul>
      </PagedList>
    </>
  );
}
