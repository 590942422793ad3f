/**
 * Stored files: the {@link org.alumniportal.platform.files.FileStore} port (local disk by default, S3-compatible
 * storage by {@code portal.files.store=s3}) and {@link org.alumniportal.platform.files.FileTypes}, which decides
 * from the bytes themselves, never from a name or a Content-Type, whether an upload is a CV or an image.
 */
package org.alumniportal.platform.files;
