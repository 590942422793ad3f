package org.alumniportal.analytics.settings;

/** How a setting's value is written in JSON and validated. */
public enum SettingType {
    /** JSON true/false. */
    BOOLEAN,
    /** A whole JSON number within the setting's bounds. */
    INTEGER,
    /** An e-mail address. */
    EMAIL,
    /** A JSON array of strings or one comma-separated string; stored comma-separated, lower-case. */
    DOMAIN_LIST
}
