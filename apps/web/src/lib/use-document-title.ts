import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Each page names itself in the tab title (WCAG 2.4.2). */
export function useDocumentTitle(title: string): void {
  const { t } = useTranslation();
  const product = t('common.productName');
  useEffect(() => {
    document.title = title ? `${title} - ${product}` : product;
  }, [title, product]);
}
