import { useState, type Dispatch, type SetStateAction } from 'react';

/**
 * A filter form's values that follow the URL: typed into freely, and reset to what the URL says
 * when the URL changes under the form (back/forward, a link), so the form shows what is searched.
 * (Set while rendering, as React advises for state that follows a prop, rather than in an effect.)
 */
export function useUrlForm<F>(fromUrl: F): [F, Dispatch<SetStateAction<F>>] {
  const urlKey = JSON.stringify(fromUrl);
  const [form, setForm] = useState(fromUrl);
  const [shownKey, setShownKey] = useState(urlKey);
  if (shownKey !== urlKey) {
    setShownKey(urlKey);
    setForm(fromUrl);
  }
  return [form, setForm];
}
