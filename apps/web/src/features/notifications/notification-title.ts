import type { TFunction } from 'i18next';
import type { NotificationsQuery } from '../../generated/graphql';
import { formatDate } from '../../lib/format';

type Notification = NotificationsQuery['notifications']['edges'][number]['node'];

/**
 * A notification's title in the reader's language, from its kind and parameters, with the case it
 * concerns so eight "의뢰 수락" can be told apart. Notifications stored before parameters were kept
 * show their stored (Korean) title.
 */
export function notificationTitle(t: TFunction, n: Notification, language?: string): string {
  if (!n.subject) return n.title;
  const subject = n.kind === 'CONFERENCE' ? formatDate(n.subject, language) : n.subject;
  const status = n.referralStatus ? t(`cases.timeline.referralStep.${n.referralStatus}`) : '';
  const title = t(`notifications.titles.${n.kind}`, { subject, status, defaultValue: n.title });
  return n.caseNumber ? t('notifications.titles.ofCase', { title, number: n.caseNumber }) : title;
}
