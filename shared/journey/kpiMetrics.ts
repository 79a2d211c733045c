/** The KPI kinds a journey note can carry, in the order the editor offers them. */
export const KPI_METRICS = ['csat', 'nps', 'crr', 'conversion', 'custom'] as const;
