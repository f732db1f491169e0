/** The portal shows every date in Vietnam's time; the formatting lives with the CMS's, so both say the same. */
export * from '../../cms/i18n/dates'
