/** A part of the panel fetched the first time it is shown: what only some chats reach stays out of the first download. */
/** @jsxRuntime classic */
/** @jsx h */
import { h, type ComponentType, type FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';

export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>): FunctionComponent<P> {
  let Loaded: ComponentType<P> | undefined;
  let loading: Promise<void> | undefined;
  // A failed fetch (a network blip) is tried again the next time the part is shown.
  const fetchOnce = () => (loading ??= load().then((part) => void (Loaded = part), () => void (loading = undefined)));
  return (props) => {
    const [, setReady] = useState(false);
    useEffect(() => void (Loaded || fetchOnce().then(() => setReady(true))), []);
    return Loaded ? <Loaded {...props} /> : null;
  };
}
