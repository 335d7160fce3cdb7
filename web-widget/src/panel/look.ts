/** The channel's widget look (logo, agent photo), for the parts of the panel that show images. */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { WidgetLook } from '../../../functions/protocol/channels';

export const LookContext = createContext<WidgetLook | undefined>(undefined);

export const useLook = () => useContext(LookContext);
