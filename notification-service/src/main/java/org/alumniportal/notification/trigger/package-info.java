/** Which events concern whom: each event of every topic becomes zero or more notifications (SPEC phase 6). */
package org.alumniportal.notification.trigger;
