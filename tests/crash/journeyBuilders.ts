import { itemColours } from '../../shared/journey/itemColours';
import { templateIds } from '../../shared/journey/journeyTemplates';
import type { JourneyMap } from '../../shared/schema/journey';
import { caps, shuffle, sorted, type Builder, type PlanContext } from './plan';

/** Journey maps: the maps, their stages and lanes, sticky notes, emotions and evidence. */
export function journeyBuilders({ m, rng, name, sentence }: PlanContext): Builder[] {
  const liveMaps = m.maps.filter((map) => map.stages.length > 0 && map.lanes.length > 0);
  const anyMap = () => (m.maps.length ? rng.pick(m.maps) : null);
  const aMap = () => (liveMaps.length ? rng.pick(liveMaps) : null);
  const noteLanes = (map: JourneyMap) => map.lanes.filter((l) => l.kind !== 'emotions');
  const itemCount = (map: JourneyMap) => map.items.length;
  return [
    // journey maps
    {
      weight: m.maps.length < caps.maps ? 2 : 0,
      build: () => {
        const mapName = name('Mapa');
        const personaIds = shuffle(rng, m.personas.map((p) => p.id)).slice(0, rng.int(0, 2));
        const template = rng.pick([...templateIds, 'empty'] as const);
        return { op: 'journey.create', input: { name: mapName, template, personaIds }, expect: [{ kind: 'new', prefix: 'map:', fields: { name: mapName } }], domains: ['map:', 'stage:', 'lane:'] };
      },
    },
    {
      weight: 1,
      build: () => {
        const map = anyMap();
        if (!map) return null;
        const mapName = name('Mapa');
        return { op: 'journey.update', input: { id: map.id, name: mapName }, expect: [{ kind: 'eq', key: `map:${map.id}`, fields: { name: mapName } }], domains: ['map:'] };
      },
    },
    {
      weight: 2,
      build: () => {
        const map = anyMap();
        if (!map || map.stages.length >= caps.stages) return null;
        const stageName = name('Etap');
        return { op: 'stage.add', input: { mapId: map.id, name: stageName, index: rng.int(0, map.stages.length) }, expect: [{ kind: 'new', prefix: 'stage:', fields: { mapId: map.id, name: stageName } }], domains: ['stage:'] };
      },
    },
    {
      weight: 1,
      build: () => {
        const map = aMap();
        if (!map) return null;
        const s = rng.pick(map.stages);
        const stageName = name('Etap');
        return { op: 'stage.update', input: { id: s.id, name: stageName }, expect: [{ kind: 'eq', key: `stage:${s.id}`, fields: { name: stageName } }], domains: ['stage:'] };
      },
    },
    {
      weight: 1,
      build: () => {
        const map = aMap();
        if (!map || map.stages.length < 2) return null;
        const s = rng.pick(map.stages);
        const index = rng.pick(map.stages.map((_, i) => i).filter((i) => i !== s.position));
        return { op: 'stage.move', input: { id: s.id, index }, expect: [{ kind: 'eq', key: `stage:${s.id}`, fields: { position: index } }], domains: ['stage:'] };
      },
    },
    {
      weight: 1,
      build: () => {
        const map = aMap();
        if (!map || map.stages.length < 3) return null;
        const s = rng.pick(map.stages);
        return { op: 'stage.delete', input: { id: s.id }, expect: [{ kind: 'absent', key: `stage:${s.id}` }], domains: ['stage:', 'item:', 'emotion:'] };
      },
    },
    {
      weight: 1,
      build: () => {
        const map = anyMap();
        if (!map || map.lanes.length >= caps.lanes) return null;
        const laneName = name('Tor');
        return { op: 'lane.add', input: { mapId: map.id, name: laneName }, expect: [{ kind: 'new', prefix: 'lane:', fields: { mapId: map.id, name: laneName } }], domains: ['lane:'] };
      },
    },
    {
      weight: 1,
      build: () => {
        const map = aMap();
        if (!map) return null;
        const l = rng.pick(map.lanes);
        return { op: 'lane.update', input: { id: l.id, hidden: !l.hidden }, expect: [{ kind: 'eq', key: `lane:${l.id}`, fields: { hidden: !l.hidden } }], domains: ['lane:'] };
      },
    },
    {
      weight: 1,
      build: () => {
        const map = aMap();
        if (!map || map.lanes.length < 2) return null;
        const l = rng.pick(map.lanes);
        const index = rng.pick(map.lanes.map((_, i) => i).filter((i) => i !== l.position));
        return { op: 'lane.move', input: { id: l.id, index }, expect: [{ kind: 'eq', key: `lane:${l.id}`, fields: { position: index } }], domains: ['lane:'] };
      },
    },
    {
      weight: 1,
      build: () => {
        const map = aMap();
        if (!map || map.lanes.length < 4) return null;
        const l = rng.pick(map.lanes);
        return { op: 'lane.delete', input: { id: l.id }, expect: [{ kind: 'absent', key: `lane:${l.id}` }], domains: ['lane:', 'item:'] };
      },
    },
    {
      weight: 4,
      build: () => {
        const map = aMap();
        if (!map || itemCount(map) >= caps.items || !noteLanes(map).length) return null;
        const stageId = rng.pick(map.stages).id;
        const laneId = rng.pick(noteLanes(map)).id;
        const text = sentence();
        return {
          op: 'item.create',
          input: { stageId, laneId, text, colour: rng.pick(itemColours) },
          expect: [{ kind: 'new', prefix: 'item:', fields: { stageId, laneId, text } }],
          domains: ['item:'],
        };
      },
    },
    {
      weight: 2,
      build: () => {
        const map = aMap();
        if (!map?.items.length) return null;
        const item = rng.pick(map.items);
        const text = sentence();
        return { op: 'item.update', input: { id: item.id, text }, expect: [{ kind: 'eq', key: `item:${item.id}`, fields: { text } }], domains: ['item:'] };
      },
    },
    {
      weight: 2,
      build: () => {
        const map = aMap();
        if (!map?.items.length || !noteLanes(map).length) return null;
        const item = rng.pick(map.items);
        const stageId = rng.pick(map.stages).id;
        const laneId = rng.pick(noteLanes(map)).id;
        return { op: 'item.move', input: { id: item.id, stageId, laneId, index: 0 }, expect: [{ kind: 'eq', key: `item:${item.id}`, fields: { stageId, laneId } }], domains: ['item:'] };
      },
    },
    {
      weight: 1,
      build: () => {
        const map = aMap();
        if (!map?.items.length) return null;
        const item = rng.pick(map.items);
        return { op: 'item.delete', input: { id: item.id }, expect: [{ kind: 'absent', key: `item:${item.id}` }], domains: ['item:'] };
      },
    },
    {
      weight: 3,
      build: () => {
        const map = aMap();
        if (!map?.personaIds.length) return null;
        const stageId = rng.pick(map.stages).id;
        const personaId = rng.pick(map.personaIds);
        const key = `emotion:${stageId}/${personaId}`;
        const current = map.emotions.find((e) => e.stageId === stageId && e.personaId === personaId);
        if (current && rng.chance(0.2)) return { op: 'emotion.set', input: { stageId, personaId, score: null }, expect: [{ kind: 'absent', key }], domains: ['emotion:'] };
        const scores = Array.from({ length: map.scale * 2 + 1 }, (_, i) => i - map.scale).filter((s) => s !== current?.score);
        const score = rng.pick(scores);
        return { op: 'emotion.set', input: { stageId, personaId, score }, expect: [{ kind: 'eq', key, fields: { score } }], domains: ['emotion:'] };
      },
    },
    {
      weight: 2,
      build: () => {
        const map = aMap();
        if (!map?.items.length || !m.highlights.length) return null;
        const item = rng.pick(map.items);
        const h = rng.pick(m.highlights);
        const linked = item.highlightIds.includes(h.id);
        const highlightIds = sorted(linked ? item.highlightIds.filter((id) => id !== h.id) : [...item.highlightIds, h.id]);
        return {
          op: linked ? 'evidence.unlink' : 'evidence.link',
          input: { itemId: item.id, highlightId: h.id },
          expect: [{ kind: 'eq', key: `item:${item.id}`, fields: { highlightIds } }],
          domains: ['item:'],
        };
      },
    },
  ];
}
