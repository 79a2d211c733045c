import { useState } from 'react';
import { useNavigation } from '../project/NavigationContext';
import { JourneyMapView } from './JourneyMapView';
import { MapList } from './MapList';
import './journeys.css';

const OPEN_KEY = 'journey-studio.openMap';

const remember = (id: string | null) => {
  if (id) sessionStorage.setItem(OPEN_KEY, id);
  else sessionStorage.removeItem(OPEN_KEY);
};

/**
 * The open map survives a reload of the tab (a projector's browser gets refreshed mid-workshop).
 * A search hit opens its map, at its sticky note: the section mounts anew for it, so the first
 * state is enough.
 */
export function JourneysPanel() {
  const { route } = useNavigation();
  const asked = route.focus && 'mapId' in route.focus ? route.focus : null;
  const [openId, setOpenId] = useState<string | null>(() => {
    if (asked) remember(asked.mapId);
    return asked?.mapId ?? sessionStorage.getItem(OPEN_KEY);
  });
  // Once: the same map opened again from the list starts where maps start.
  const [focusItemId, setFocusItemId] = useState(asked?.itemId ?? null);
  const open = (id: string | null) => {
    remember(id);
    setFocusItemId(null);
    setOpenId(id);
  };
  if (openId) return <JourneyMapView key={openId} mapId={openId} focusItemId={focusItemId} onBack={() => open(null)} />;
  return <MapList onOpen={open} />;
}
