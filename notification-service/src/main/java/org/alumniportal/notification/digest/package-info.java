/** The daily or weekly summary mail for users who opt in, sent once per user and period. */
package org.alumniportal.notification.digest;
