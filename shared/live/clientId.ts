/**
 * A window's client id as it crosses a boundary (the X-Studio-Client header, the IPC invoke's third
 * argument): the renderer makes a UUID; anything else that short and plain is accepted, the rest
 * refused so that a hostile value never reaches the core's history tables or a log line.
 */
const CLIENT_ID = /^[A-Za-z0-9_-]{8,64}$/;

export const isClientId = (value: unknown): value is string => typeof value === 'string' && CLIENT_ID.test(value);

/** The HTTP header that carries it; the event stream and /api read the same one. */
export const CLIENT_ID_HEADER = 'X-Studio-Client';
