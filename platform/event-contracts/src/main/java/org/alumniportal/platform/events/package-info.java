/**
 * Cross-service event contracts: one envelope for every topic, the topic naming convention, and one
 * record per versioned event type. Services share only this package, never each other's code.
 */
package org.alumniportal.platform.events;
