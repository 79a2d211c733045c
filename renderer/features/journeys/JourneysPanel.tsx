import { useState } from 'react';
import { JourneyMapView } from './JourneyMapView';
import { MapList } from './MapList';
import './journeys.css';

const OPEN_KEY = 'journey-studio.openMap';

/** The open map survives a reload of the tab (a projector's browser gets refreshed mid-workshop). */
export function JourneysPanel() {
  const [openId, setOpenId] = useState<string | null>(() => sessionStorage.getItem(OPEN_KEY));
  const open = (id: string | null) => {
    if (id) sessionStorage.setItem(OPEN_KEY, id);
    else sessionStorage.removeItem(OPEN_KEY);
    setOpenId(id);
  };
  if (openId) return <JourneyMapView key={openId} mapId={openId} onBack={() => open(null)} />;
  return <MapList onOpen={open} />;
}
