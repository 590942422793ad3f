/**
 * The OpenAPI document as a contract: resolver arguments such as {@code CurrentUser} hidden, the problem+json
 * responses of every operation documented with the shared problem schema and their slugs as examples.
 */
package org.alumniportal.platform.openapi;
