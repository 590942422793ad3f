/** Who people are to this service (e-mail, name, skills): a read model fed by user and profile events. */
package org.alumniportal.notification.recipient;
