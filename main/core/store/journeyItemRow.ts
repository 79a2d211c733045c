import type { ChannelId } from '../../../shared/journey/channels';
import type { ItemColour } from '../../../shared/journey/itemColours';
import type { JourneyItem, Kpi } from '../../../shared/schema/journey';

export interface JourneyItemRow {
  id: string;
  stage_id: string;
  lane_id: string;
  text: string;
  colour: string;
  owner: string | null;
  channel_id: string | null;
  kpi_metric: Kpi['metric'] | null;
  kpi_label: string | null;
  kpi_unit: string | null;
  kpi_target: number | null;
  kpi_actual: number | null;
  position: number;
  created_at: string;
  updated_at: string;
}

export const ITEM_COLUMNS =
  'i.id, i.stage_id, i.lane_id, i.text, i.colour, i.owner, i.channel_id, i.kpi_metric, i.kpi_label, i.kpi_unit, i.kpi_target, i.kpi_actual, i.position, i.created_at, i.updated_at';

function toKpi(r: JourneyItemRow): Kpi | null {
  if (!r.kpi_metric) return null;
  return {
    metric: r.kpi_metric,
    ...(r.kpi_label !== null && { label: r.kpi_label }),
    ...(r.kpi_unit !== null && { unit: r.kpi_unit }),
    target: r.kpi_target,
    actual: r.kpi_actual,
  };
}

export const toJourneyItem = (r: JourneyItemRow, highlightIds: string[]): JourneyItem => ({
  id: r.id,
  stageId: r.stage_id,
  laneId: r.lane_id,
  text: r.text,
  colour: r.colour as ItemColour,
  owner: r.owner,
  position: r.position,
  channelId: r.channel_id as ChannelId | null,
  kpi: toKpi(r),
  highlightIds,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});
