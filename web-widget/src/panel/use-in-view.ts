/**
 * Whether an element is on screen: the page is visible and the element is not hidden (the loader
 * hides the whole panel when the customer minimises it, which an IntersectionObserver notices).
 */
import { useEffect, useState } from 'preact/hooks';

export function useInView(element: HTMLElement | null): boolean {
  const [intersecting, setIntersecting] = useState(false);
  // `hidden` is visibilityState 'hidden', the only state but 'visible'.
  const [pageVisible, setPageVisible] = useState(() => !document.hidden);

  useEffect(() => {
    const update = () => setPageVisible(!document.hidden);
    document.addEventListener('visibilitychange', update);
    return () => document.removeEventListener('visibilitychange', update);
  }, []);

  useEffect(() => {
    if (!element) return;
    const observer = new IntersectionObserver((records) => setIntersecting(records[records.length - 1].isIntersecting));
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);

  return intersecting && pageVisible;
}
