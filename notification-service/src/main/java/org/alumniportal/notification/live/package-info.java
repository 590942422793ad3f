/** Live delivery: Server-Sent Events per connected user, fanned out to every replica through Kafka. */
package org.alumniportal.notification.live;
