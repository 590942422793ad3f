/** The paging shape every list of the service answers with. */
package org.alumniportal.mentorship.paging;
