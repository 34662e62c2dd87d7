import type { ReactNode } from 'react';

/** One part of the case page: a region named by its heading, so it is a landmark to jump to. */
export function CaseSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-title`} className="case-section">
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
    </section>
  );
}
