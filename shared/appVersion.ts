/** The studio's version, as package.json says it (a unit test holds the two together); bundles record it. */
export const APP_VERSION = '0.1.0';
