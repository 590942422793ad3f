package org.alumniportal.profile.search;

/** Orders of the directory listing. */
enum DirectoryOrder {
    /** By name, case-insensitive, then user id. */
    NAME,
    /** Most recently updated first. */
    RECENT
}
