package org.alumniportal.platform.files;

/** What an upload is meant to be; each kind has its accepted types and its size cap. */
public enum FileKind {
    /** PDF or DOCX. */
    CV,
    /** JPEG, PNG or WebP. */
    IMAGE
}
